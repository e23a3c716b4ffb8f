package dev.obsgen.core.verify;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a number of bytes. Past it, the download is cancelled and the body either
 * fails ({@link TooLarge}) or, where a prefix is still useful (a list of series, of which the first few are a
 * sample), ends there, marked truncated. Either way no more than the bound is ever held.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<BoundedBody.Bytes> {
    /** The bytes read, and whether the body went on past them. */
    record Bytes(byte[] data, boolean truncated) {
    }

    /** The body is larger than the bound. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final long limit;
    private final boolean keepPrefix;
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    /** The announced length is over the bound: nothing is read. */
    private boolean refuse;

    BoundedBody(long limit, boolean keepPrefix) {
        this.limit = limit;
        this.keepPrefix = keepPrefix;
    }

    /** A handler that refuses at once a body whose announced length is over the bound. */
    static HttpResponse.BodyHandler<Bytes> handler(long limit, boolean keepPrefix) {
        return info -> {
            long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            BoundedBody body = new BoundedBody(limit, keepPrefix);
            body.refuse = announced > limit && !keepPrefix;
            return body;
        };
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        if (refuse) {
            given.cancel();
            result.completeExceptionally(new TooLarge());
            return;
        }
        given.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            long room = limit - buffer.size();
            int size = item.remaining();
            if (size > room) {
                byte[] part = new byte[(int) room];
                item.get(part);
                buffer.write(part, 0, part.length);
                subscription.cancel();
                if (keepPrefix) {
                    result.complete(new Bytes(buffer.toByteArray(), true));
                } else {
                    result.completeExceptionally(new TooLarge());
                }
                return;
            }
            byte[] all = new byte[size];
            item.get(all);
            buffer.write(all, 0, size);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(buffer.toByteArray(), false));
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }
}
