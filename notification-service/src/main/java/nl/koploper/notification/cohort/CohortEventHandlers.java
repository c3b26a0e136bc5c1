package nl.koploper.notification.cohort;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.koploper.contracts.cohort.AwardGranted;
import nl.koploper.contracts.cohort.CertificateIssued;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantSummary;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.contracts.cohort.RegistrationRepeated;
import nl.koploper.notification.compose.FileNames;
import nl.koploper.notification.compose.MailComposer;
import nl.koploper.notification.compose.MailExtras;
import nl.koploper.notification.compose.PortalLinks;
import nl.koploper.notification.compose.Recipient;
import nl.koploper.notification.delivery.MailAttachment;
import nl.koploper.notification.template.MessageData;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.events.EventHandler;
import nl.koploper.platform.events.RejectedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cohort events that mail the organisation's contact person; idempotent through the mails' deduplication key. */
@Configuration(proxyBeanMethods = false)
class CohortEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(CohortEventHandlers.class);
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** Placed or waitlisted: the confirmation says which, with the place on the waiting list. */
    @Bean
    EventHandler<ParticipantRegistered> confirmRegistration(MailComposer composer) {
        return EventHandler.of(ParticipantRegistered.class, event -> {
            ParticipantRegistered registered = event.payload();
            composer.compose(event, MessageType.REGISTRATION_CONFIRMATION, contact(registered.contact()), data -> {
                data.with("cohort.name", registered.cohortName())
                        .with("organisation.name", registered.organisationName());
                if (registered.waitlisted() && registered.waitlistPosition() != null) {
                    data.with("registration.waitlistPosition", registered.waitlistPosition());
                }
            }, null);
        });
    }

    /**
     * Someone registered again an organisation that already takes part: only its contact on record hears of it (never
     * whoever filled in the form, who would learn from it that the organisation takes part). At most one such mail per
     * registration and Dutch calendar day, however many repeats arrive: a retried or resubmitted form, or someone
     * trying KvK numbers, cannot flood the contact.
     */
    @Bean
    EventHandler<RegistrationRepeated> tellContactOfRepeat(MailComposer composer) {
        return EventHandler.of(RegistrationRepeated.class, event -> {
            RegistrationRepeated repeated = event.payload();
            if (repeated.participantId() == null || repeated.participantId().isBlank()
                    || repeated.repeatedAt() == null) {
                throw new RejectedEventException("Refused: a repeated registration without its participant or time");
            }
            String occasion = "registration-repeated:" + repeated.cohortId() + ":" + repeated.participantId() + ":"
                    + LocalDate.ofInstant(repeated.repeatedAt(), DUTCH_TIME);
            composer.composeOncePer(occasion, event, MessageType.REGISTRATION_REPEATED, contact(repeated.contact()),
                    data -> data.with("cohort.name", repeated.cohortName())
                            .with("organisation.name", repeated.organisationName())
                            .withFlag("registration.submittedByContact", repeated.submittedByContact()));
        });
    }

    @Bean
    EventHandler<ParticipantPromoted> announcePromotion(MailComposer composer) {
        return EventHandler.of(ParticipantPromoted.class, event -> composer.compose(event,
                MessageType.WAITING_LIST_PROMOTION, contact(event.payload().contact()),
                data -> data.with("cohort.name", event.payload().cohortName())
                        .with("organisation.name", event.payload().organisationName()), null));
    }

    /** A withdrawal is confirmed to the organisation's contact, with the reason it gave. */
    @Bean
    EventHandler<ParticipantWithdrew> confirmWithdrawal(MailComposer composer) {
        return EventHandler.of(ParticipantWithdrew.class, event -> {
            ParticipantWithdrew withdrew = event.payload();
            composer.compose(event, MessageType.PARTICIPATION_ENDED, contact(withdrew.contact()),
                    data -> data.with("cohort.name", withdrew.cohortName())
                            .with("organisation.name", withdrew.organisationName())
                            .with("participation.reason", withdrew.reason())
                            .withFlag("participation.waitlisted", withdrew.wasWaitlisted()), null);
        });
    }

    /** Taken out of the group by the coordinator: the organisation hears it, with the coordinator's reason. */
    @Bean
    EventHandler<ParticipantRemoved> announceRemoval(MailComposer composer) {
        return EventHandler.of(ParticipantRemoved.class, event -> {
            ParticipantRemoved removed = event.payload();
            composer.compose(event, MessageType.PARTICIPATION_ENDED, contact(removed.contact()),
                    data -> data.with("cohort.name", removed.cohortName())
                            .with("organisation.name", removed.organisationName())
                            .with("participation.reason", removed.reason())
                            .withFlag("participation.removed", true)
                            .withFlag("participation.waitlisted", removed.wasWaitlisted()), null);
        });
    }

    /**
     * The certificate of participation, to the participant's contact, with the link to the portal's certificate check
     * ({@code <base>/certificaat/<code>}) and the PDF
     * attached. The PDF is named here and fetched from cohort-service by its verification code when the mail is sent
     * (see {@code AttachmentFetcher}); the mail does not go without it.
     */
    @Bean
    EventHandler<CertificateIssued> sendCertificate(MailComposer composer, PortalLinks links) {
        return EventHandler.of(CertificateIssued.class, event -> {
            CertificateIssued issued = event.payload();
            if (issued.verificationCode() == null || !issued.verificationCode().matches("[A-Za-z0-9-]{1,64}")) {
                throw new RejectedEventException("Refused: certificate of participant " + issued.participantId()
                        + " without a usable verification code");
            }
            var verificationUrl = links.certificate(issued.verificationCode());
            composer.compose(event, MessageType.CERTIFICATE, contact(issued.contact()),
                    data -> data.with("organisation.name", issued.organisationName())
                            .with("cohort.name", issued.cohortName())
                            .with("certificate.verificationUrl", verificationUrl), null,
                    MailExtras.attaching(MailAttachment.certificatePdf(issued.verificationCode(),
                            FileNames.of("certificaat", issued.organisationName(), "pdf"))));
        });
    }

    /**
     * The Koploperprijs, once announced: the winner gets its own congratulation, every other participant placed at
     * the time a separate message naming the winner. A participant without a contact address is left out, not the
     * whole announcement.
     */
    @Bean
    EventHandler<AwardGranted> announceAward(MailComposer composer) {
        return EventHandler.of(AwardGranted.class, event -> {
            AwardGranted award = event.payload();
            if (hasAddress(award.winnerContact())) {
                composer.compose(event, MessageType.AWARD_WINNER, contact(award.winnerContact()),
                        data -> awardData(data, award), null);
            } else {
                log.warn("Award of cohort {}: the winner {} has no contact address; not congratulated",
                        award.cohortId(), award.participantId());
            }
            for (ParticipantSummary participant : award.recipients() == null ? java.util.List.<ParticipantSummary>of()
                    : award.recipients()) {
                if (participant.participantId() != null && participant.participantId().equals(award.participantId())) {
                    continue; // the winner has its own mail
                }
                if (!hasAddress(participant.contact())) {
                    log.warn("Award of cohort {}: participant {} has no contact address; not announced to them",
                            award.cohortId(), participant.participantId());
                    continue;
                }
                composer.compose(event, MessageType.AWARD_ANNOUNCEMENT, contact(participant.contact()),
                        data -> awardData(data, award), null);
            }
        });
    }

    private static void awardData(MessageData data, AwardGranted award) {
        data.with("award.winnerName", award.winnerOrganisationName())
                .with("cohort.name", award.cohortName())
                .with("award.motivation", award.motivation());
    }

    private static boolean hasAddress(ContactDetails contact) {
        return contact != null && contact.email() != null && !contact.email().isBlank();
    }

    private static Recipient contact(ContactDetails contact) {
        if (contact == null || contact.email() == null || contact.email().isBlank()) {
            throw new RejectedEventException("Refused: a participant event without the contact's e-mail address");
        }
        return new Recipient(contact.email(), contact.name(), contact.locale());
    }
}
