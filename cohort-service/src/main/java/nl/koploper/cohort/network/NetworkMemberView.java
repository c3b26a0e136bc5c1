package nl.koploper.cohort.network;

import java.time.Instant;

/** A network membership as the API shows it. */
record NetworkMemberView(String id, String organisationName, String kvkNumber, String contactName,
                         String contactEmail, String contactPhone, String cohortId, String cohortName, int cohortYear,
                         NetworkMemberStatus status, Instant joinedAt, Instant leftAt, String leaveReason) {

    static NetworkMemberView of(NetworkMember member) {
        return new NetworkMemberView(member.id(), member.organisationName(), member.kvkNumber(),
                member.contact().name(), member.contact().email(), member.contact().phone(), member.cohortId(),
                member.cohortName(), member.cohortYear(), member.status(), member.joinedAt(), member.leftAt(),
                member.leaveReason());
    }
}
