package dev.obsgen.it.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A GreenMail SMTP server on 127.0.0.1 that Alertmanager's email integration delivers to, without TLS or
 * authentication (the test profile sets {@code require_tls: false} and no auth).
 */
public final class EmailCapture implements AutoCloseable {
    /** One mail as a test reads it: the subject header and the plain text part. */
    public record Mail(String subject, String text, List<String> to) {
        public boolean mentions(String value) {
            return subject.contains(value) || text.contains(value);
        }
    }

    private final GreenMail server;
    private final int port;

    EmailCapture() {
        port = FreePort.onLoopback();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The {@code host:port} of the SMTP server. */
    public String smarthost() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int mark() {
        return server.getReceivedMessages().length;
    }

    public List<Mail> receivedSince(int mark) {
        MimeMessage[] all = server.getReceivedMessages();
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : Arrays.asList(all).subList(Math.min(mark, all.length), all.length)) {
            mails.add(read(message));
        }
        return mails;
    }

    public Mail await(int mark, String what, Predicate<Mail> matches) {
        return Await.until("the SMTP server receives " + what, () -> {
            List<Mail> since = receivedSince(mark);
            Optional<Mail> found = since.stream().filter(matches).findFirst();
            if (found.isEmpty()) {
                throw new IllegalStateException("received " + since.size() + " mail(s) since the mark: " + since);
            }
            return found;
        });
    }

    public boolean mentions(int mark, String value) {
        return receivedSince(mark).stream().anyMatch(mail -> mail.mentions(value));
    }

    @Override
    public void close() {
        server.stop();
    }

    private static Mail read(MimeMessage message) {
        try {
            List<String> to = new ArrayList<>();
            for (var address : message.getAllRecipients()) {
                to.add(address.toString());
            }
            return new Mail(message.getSubject(), plainText(message).orElse(""), to);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a received mail: " + e.getMessage(), e);
        }
    }

    private static Optional<String> plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Optional.of(part.getContent().toString());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> text = plainText(child);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }
}
