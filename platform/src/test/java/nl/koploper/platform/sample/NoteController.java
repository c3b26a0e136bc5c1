package nl.koploper.platform.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notes")
class NoteController {

    private final MongoTemplate mongo;

    NoteController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostMapping("/{id}/rename")
    @PreAuthorize("hasRole('coordinator')")
    NoteView rename(@PathVariable String id, @Valid @RequestBody NoteRequest request) {
        if (request.title().contains("/")) {
            throw new InvalidInputException("title", "A title cannot contain '/'");
        }
        Note note = find(id);
        note.title = request.title();
        return NoteView.of(mongo.save(note));
    }

    record NoteRequest(@NotBlank @Size(max = 80) String title, @Min(1) @Max(5) int priority) {
    }

    record NoteView(String id, String title, int priority, boolean archived) {
        static NoteView of(Note note) {
            return new NoteView(note.id, note.title, note.priority, note.archived);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('coordinator')")
    NoteView create(@Valid @RequestBody NoteRequest request) {
        return NoteView.of(mongo.insert(new Note(TenantContext.require().value(), request.title(), request.priority())));
    }

    @GetMapping
    List<NoteView> list() {
        return mongo.findAll(Note.class).stream().map(NoteView::of).toList();
    }

    @GetMapping("/{id}")
    NoteView get(@PathVariable String id) {
        return NoteView.of(find(id));
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasRole('coordinator')")
    NoteView archive(@PathVariable String id) {
        Note note = find(id);
        if (note.archived) {
            throw new RuleViolationException("note-archived-once", "The note is already archived");
        }
        note.archived = true;
        return NoteView.of(mongo.save(note));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('coordinator')")
    void delete(@PathVariable String id) {
        mongo.remove(find(id));
    }

    private Note find(String id) {
        Note note = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Note.class);
        if (note == null) {
            throw new NotFoundException("Note", id);
        }
        return note;
    }
}
