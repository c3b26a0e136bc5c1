package nl.koploper.portal.participant;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.publicpages.SingleEventCalendar;
import nl.koploper.portal.user.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mijn bijeenkomsten": the meetings the participant is invited to, upcoming and past, its answer and buttons to
 * change it, each meeting as an .ics file, and the address of its personal calendar feed. The meetings, each with
 * the participant's own invitation, come from events-service's list of them ({@code /api/meetings/invitations}); an
 * answer and the .ics go through the one invitation ({@code /api/meetings/{id}/rsvp}). Both are read with the contact's
 * token, so events-service decides what this person may see and answer. The organisation's id is taken from its own
 * assessment case, never from the address.
 */
@Controller
@RequestMapping("/deelnemer/bijeenkomsten")
class MyMeetingsPages {

    private static final Set<String> ANSWERS = Set.of("ACCEPTED", "DECLINED", "TENTATIVE");
    private static final String INVITATION = "/api/meetings/{meeting}/rsvp?participantId={participant}";
    private static final String INVITATIONS =
            "/api/meetings/invitations?participantId={participant}&page={page}&size=" + MeetingsPage.SIZE;
    private static final String FEED_ADDRESS = "/api/meetings/feeds/participants/{participant}";

    private final Gateway gateway;
    private final MessageSource messages;

    MyMeetingsPages(Gateway gateway, MessageSource messages) {
        this.gateway = gateway;
        this.messages = messages;
    }

    /**
     * One meeting with the participant's own invitation, as events-service's RsvpView sends it; {@code answerable}:
     * whether it takes an answer now (the invitation stands, the meeting is confirmed and has not started).
     */
    record MyMeeting(String meetingId, String type, String title, String description, String start, String end,
                     String address, String onlineUrl, String status, String name, boolean active, String response,
                     Integer waitingListPosition, boolean answerable) {

        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }

        boolean startedBy(Instant now) {
            try {
                return !OffsetDateTime.parse(start).toInstant().isAfter(now);
            } catch (DateTimeParseException | NullPointerException unreadable) {
                return false;
            }
        }
    }

    /** A page of the participant's meetings, soonest first, as events-service's PageView sends it. */
    record MeetingsPage(List<MyMeeting> content, int page, int totalPages) {

        /** events-service's largest page: a participant has far fewer meetings, so this is one call in practice. */
        static final int SIZE = 100;
        /** A bound on the pages read for one page view, should a list ever be that long. */
        static final int MAX_PAGES = 5;
    }

    /** The personal feed's address: {@code url} to paste into a calendar, {@code webcalUrl} to open one directly. */
    record FeedAddress(String url, String webcalUrl) {
    }

    @GetMapping
    String meetings(Model model) {
        return page(null, model);
    }

    @PostMapping("/{meetingId}/antwoord")
    String answer(@PathVariable String meetingId, @RequestParam(required = false) String response, Model model,
                  RedirectAttributes redirect) {
        requireParticipant();
        if (response == null || !ANSWERS.contains(response)) {
            return page(meetingId, model);
        }
        String participantId = participantId();
        MyMeeting answered;
        try {
            answered = gateway.asUser().post(MyMeeting.class, Map.of("response", response), INVITATION, meetingId,
                    participantId);
        } catch (ApiProblem problem) {
            // Started, rescheduled or cancelled since the page was shown: the page again, as it stands now.
            if (problem.status() == 400 || problem.status() == 409 || problem.status() == 422) {
                return page(meetingId, model);
            }
            throw problem;
        }
        redirect.addFlashAttribute("answered", response);
        redirect.addFlashAttribute("answeredTitle", answered == null ? "" : answered.title());
        redirect.addFlashAttribute("answeredWaiting", answered == null ? null : answered.waitingListPosition());
        return "redirect:/deelnemer/bijeenkomsten";
    }

    /** One meeting for "add to my calendar" (the invitation mail carries the same as an attachment). */
    @GetMapping("/{meetingId}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String meetingId) {
        requireParticipant();
        MyMeeting meeting = gateway.asUser().get(MyMeeting.class, INVITATION, meetingId, participantId());
        String ics = SingleEventCalendar.of(meeting.meetingId(), meeting.title(), meeting.description(),
                meeting.start(), meeting.end(), meeting.address() != null ? meeting.address() : meeting.onlineUrl());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("bijeenkomst.ics").build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A new feed address, for when the old one got into the wrong hands: events-service revokes every address issued
     * so far, and the next read issues a new one. Calendars subscribed with the old address stop getting updates.
     */
    @PostMapping("/agenda-adres/vernieuwen")
    String renewFeedAddress(RedirectAttributes redirect) {
        requireParticipant();
        gateway.asUser().deleteIfMatch(null, FEED_ADDRESS, participantId());
        redirect.addFlashAttribute("feedRenewed", true);
        return "redirect:/deelnemer/bijeenkomsten";
    }

    private String page(String refusedMeeting, Model model) {
        requireParticipant();
        Map<String, Object> ownCase = OwnCase.find(gateway);
        if (ownCase == null) {
            return "participant/no-case";
        }
        String participantId = String.valueOf(ownCase.get("participantId"));
        FeedAddress feed = feedAddress(participantId);
        List<MyMeeting> upcoming = new ArrayList<>();
        List<MyMeeting> past = new ArrayList<>();
        Instant now = Instant.now();
        for (MyMeeting meeting : meetings(participantId)) {
            (meeting.startedBy(now) ? past : upcoming).add(meeting);
        }
        Collections.reverse(past); // the most recent first
        model.addAttribute("case", ownCase);
        model.addAttribute("feed", feed);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", past);
        model.addAttribute("refusedMeeting", refusedMeeting);
        return "participant/meetings";
    }

    /** The address, or null while the organisation has no invitation yet (events-service then knows it as nobody). */
    private FeedAddress feedAddress(String participantId) {
        try {
            return gateway.asUser().get(FeedAddress.class, FEED_ADDRESS, participantId);
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                return null;
            }
            throw problem;
        }
    }

    /**
     * The meetings the participant holds an invitation to, in order of start (a withdrawn invitation is left out by
     * events-service), or none while the organisation has no invitation yet (events-service then knows it as nobody).
     */
    private List<MyMeeting> meetings(String participantId) {
        List<MyMeeting> meetings = new ArrayList<>();
        try {
            for (int page = 0; page < MeetingsPage.MAX_PAGES; page++) {
                MeetingsPage read = gateway.asUser().get(MeetingsPage.class, INVITATIONS, participantId, page);
                if (read == null || read.content() == null) {
                    break;
                }
                meetings.addAll(read.content());
                if (page + 1 >= read.totalPages()) {
                    break;
                }
            }
        } catch (ApiProblem problem) {
            if (!problem.isNotFound()) {
                throw problem;
            }
        }
        return meetings;
    }

    private String participantId() {
        return String.valueOf(OwnCase.of(gateway).get("participantId"));
    }

    /**
     * These pages are a participant's own: another role (a coordinator sees every case of the gemeente) would be shown
     * some organisation's meetings.
     */
    private void requireParticipant() {
        if (!CurrentUser.require().isParticipant()) {
            throw new ApiProblem(403, "Forbidden", messages.getMessage("meetings.onlyParticipants", null,
                    LocaleContextHolder.getLocale()), List.of());
        }
    }
}
