package nl.koploper.footprint.consumption;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.koploper.footprint.calculation.CalculatorBenchmark;
import nl.koploper.footprint.calculation.Scope3Category;
import nl.koploper.footprint.calculation.WasteKind;
import nl.koploper.footprint.consumption.OrganisationYearData.OtherScope3ItemInput;
import nl.koploper.footprint.consumption.OrganisationYearData.QuantityInput;
import nl.koploper.footprint.consumption.OrganisationYearData.UserFactorInput;
import nl.koploper.footprint.consumption.OrganisationYearData.WasteStreamInput;
import nl.koploper.platform.web.FieldProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a consumption write costs before the calculation: reading a 500-row CSV file into the request body, and
 * checking the shape of a request (the estimate's 40-item organisation-year, and the 500-row file's data).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ConsumptionInputBenchmark {

    static final int CSV_ROWS = 500;

    private byte[] csv;
    private OrganisationYearData request;
    private OrganisationYearData large;

    @Setup
    public void setUp() {
        request = OrganisationYearData.of(CalculatorBenchmark.realistic(), "info@bakkerij.example");
        large = withRows(request, CSV_ROWS);
        csv = ConsumptionCsv.write(large).getBytes(StandardCharsets.UTF_8);
        if (!shapeProblems(request).isEmpty() || !shapeProblems(large).isEmpty()
                || !ConsumptionCsv.read(csv).data().equals(large)) {
            throw new IllegalStateException("the benchmark's data should be valid and read back unchanged");
        }
    }

    @Benchmark
    public Object readCsvOf500Rows() {
        return ConsumptionCsv.read(csv);
    }

    @Benchmark
    public List<FieldProblem> validateRequest() {
        return shapeProblems(request);
    }

    @Benchmark
    public List<FieldProblem> validateDataOf500Rows() {
        return shapeProblems(large);
    }

    /** One place to name the check, so the benchmark can be pointed at another way of making it. */
    private List<FieldProblem> shapeProblems(OrganisationYearData data) {
        return data.shapeProblems();
    }

    /** The data with fifty waste streams and as many other scope-3 items as make at least
     * {@code rows} rows of CSV. */
    private static OrganisationYearData withRows(OrganisationYearData data, int rows) {
        UserFactorInput factor = new UserFactorInput(new BigDecimal("0.45"), "kg", "verwerker 2025");
        List<WasteStreamInput> waste = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            waste.add(new WasteStreamInput(WasteKind.OTHER, "stroom " + i, quantity(100 + i), factor));
        }
        List<OtherScope3ItemInput> other = new ArrayList<>();
        OrganisationYearData result = data;
        while (true) {
            result = new OrganisationYearData(data.year(), data.contactEmail(), data.company(), data.electricity(),
                    data.fuelsAndHeat(), data.businessTransport(), data.commuting(), data.water(), waste,
                    other.isEmpty() ? null : List.copyOf(other));
            long written = ConsumptionCsv.write(result).lines().count() - 1;
            if (written >= rows) {
                System.err.println("CSV file of " + written + " rows");
                return result;
            }
            other.add(new OtherScope3ItemInput("inkoop " + other.size(), Scope3Category.PURCHASED_GOODS_AND_SERVICES,
                    quantity(1_000 + other.size()), new UserFactorInput(new BigDecimal("0.3"), "EUR", "eigen")));
        }
    }

    private static QuantityInput quantity(long value) {
        return new QuantityInput(BigDecimal.valueOf(value), null, null);
    }
}
