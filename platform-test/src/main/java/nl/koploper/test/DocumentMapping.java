package nl.koploper.test;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * Spring Data's object mapping without a database, as the services' templates use it: a unit test proves that a
 * stored document (private constructors, records, enums, embedded lists, pending events) reads back as written.
 */
public final class DocumentMapping {

    private static final MappingMongoConverter CONVERTER = converter();

    private DocumentMapping() {
    }

    public static Document write(Object entity) {
        Document document = new Document();
        CONVERTER.write(entity, document);
        return document;
    }

    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T entity) {
        return (T) read(entity.getClass(), write(entity));
    }

    /** Reads a stored document, e.g. a fixture of a shape written by an earlier version. */
    public static <T> T read(Class<T> type, Document document) {
        return CONVERTER.read(type, document);
    }

    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
