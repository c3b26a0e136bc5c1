package nl.koploper.local.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, with one change: a query that names a document's {@code _id} (with other fields
 * beside it) finds the document through the {@code _id} index and then checks the whole query on it. mongo-java-server
 * uses an index only when the query's fields are exactly the index's, so {@code {_id, tenantId}} (every aggregate
 * read) and {@code {_id, version}} (every versioned save) read and deserialised every document of the collection:
 * with a few thousand registrations the one worker thread fell minutes behind at 20 registrations/s. MongoDB itself
 * answers those queries from the {@code _id} index, as this now does; the result is the same, as the full query
 * still decides.
 */
final class IdFirstH2Backend extends H2Backend {

    IdFirstH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Inner, not static: H2Database opens its collections in its constructor, before a field of its own is set. */
    private final class Database extends H2Database {

        Database(String databaseName, MVStore store, CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        /** As {@link H2Database} opens a collection (the same map names), as an {@link IdFirstCollection}. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap("databases." + namespace);
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new IdFirstCollection(this, collectionName, options, data, meta, cursorRegistry);
        }
    }

    static final class IdFirstCollection extends H2Collection {

        private static final String ID = "_id";

        IdFirstCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, collectionName, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            if (query.size() > 1 && query.containsKey(ID) && !(query.get(ID) instanceof Document)
                    && getIndexes().stream().noneMatch(index -> index.canHandle(query))) {
                Document byId = new Document(ID, query.get(ID));
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit,
                                batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
    }
}
