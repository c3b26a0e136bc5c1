package nl.koploper.cohort.network;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.koploper.cohort.certificate.Certificate;
import nl.koploper.cohort.cohort.Callers;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.CompletionFollowUp;
import nl.koploper.cohort.cohort.Participant;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PageView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Admits a completed cohort's finished participants to the gemeente's network, lists it, and lets members leave.
 */
@Service
class NetworkService implements CompletionFollowUp {

    private static final Logger log = LoggerFactory.getLogger(NetworkService.class);

    private final NetworkStore members;
    private final Clock clock;

    NetworkService(NetworkStore members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /**
     * Every participant that finished (the ones the completion gave a certificate) joins, unless the organisation
     * (by KvK number) is an active member already, from an earlier cohort: one organisation, one active membership.
     * Idempotent: a membership already made for this cohort's participant is left as it is.
     */
    @Override
    public void completed(Cohort cohort) {
        Instant now = now();
        for (Certificate certificate : cohort.certificates()) {
            Participant finished = cohort.participant(certificate.participantId());
            String id = NetworkMember.idOf(cohort.id(), finished.id());
            if (members.exists(id)) {
                continue;
            }
            if (members.isActiveMember(finished.organisation().kvkNumber().value())) {
                log.info("{} finished cohort {} and is already a member of the network", finished.id(), cohort.id());
                continue;
            }
            members.insertIfAbsent(NetworkMember.join(cohort, finished, now));
        }
    }

    /**
     * The coordinator's view: the whole network (active members, or all with {@code includeFormer}). A participant
     * user sees only the memberships of its own organisation (its token's e-mail).
     */
    PageView<NetworkMemberView> list(boolean includeFormer, int page, int size) {
        String onlyOf = Callers.isCoordinator() ? null : CurrentUser.require().email().orElse("\u0000");
        return PageView.of(members.page(includeFormer, onlyOf, page, size).stream().map(NetworkMemberView::of).toList(),
                page, size, members.count(includeFormer, onlyOf));
    }

    /** The member itself leaves; anyone else (another participant) finds nothing. */
    NetworkMemberView leave(String memberId, String reason) {
        return members.change(memberId, null, member -> {
            if (!Callers.isItself(CurrentUser.require(), member.contact().email())) {
                throw new NotFoundException("Network member", memberId);
            }
            member.leave(reason, now());
            return NetworkMemberView.of(member);
        });
    }

    NetworkMemberView remove(String memberId, String reason) {
        return members.change(memberId, null, member -> {
            member.remove(reason, now());
            return NetworkMemberView.of(member);
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
