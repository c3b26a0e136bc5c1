package nl.koploper.cohort.organisation;

/**
 * A participating organisation as it registers: who it is, what it does and how big it is.
 *
 * @param sizeFte its size in full-time equivalents (may be fractional; the footprint is normalised per FTE)
 */
public record Organisation(String name, KvkNumber kvkNumber, OrganisationType type, SbiCode sbiCode, double sizeFte,
                           Address address) {

    public Organisation {
        Address.requireText(name, "organisation name");
        if (kvkNumber == null) {
            throw new IllegalArgumentException("The KvK number is required");
        }
        if (type == null) {
            throw new IllegalArgumentException("The organisation type is required");
        }
        if (sbiCode == null) {
            throw new IllegalArgumentException("The SBI code is required");
        }
        if (!(sizeFte > 0) || Double.isInfinite(sizeFte)) {
            throw new IllegalArgumentException("The size in FTE must be more than 0; got " + sizeFte);
        }
        if (address == null) {
            throw new IllegalArgumentException("The address is required");
        }
    }
}
