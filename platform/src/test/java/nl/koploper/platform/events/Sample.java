package nl.koploper.platform.events;

import org.springframework.data.mongodb.core.mapping.Document;

/** A test aggregate: every {@link #happen} records an event; {@link #count} applies a consumed event once. */
@Document("samples")
class Sample extends AggregateRoot {

    private int count;

    Sample(String id) {
        super(id);
    }

    void happen(String label) {
        record(new SampleHappened(id(), label));
    }

    void count(ReceivedEvent<CountRequested> event) {
        if (!firstDelivery(event)) {
            return;
        }
        count++;
    }

    int count() {
        return count;
    }
}
