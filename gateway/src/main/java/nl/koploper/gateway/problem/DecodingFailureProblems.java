package nl.koploper.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/**
 * Answers a request the HTTP decoder cannot read (a request line or headers longer than the server accepts, a
 * malformed request line) with problem+json. Reactor Netty would answer these itself with an empty 414, 431 or 400,
 * before Spring sees the request; this handler sits right after the decoder and answers first.
 */
final class DecodingFailureProblems extends ChannelInboundHandlerAdapter {

    private static final String HANDLER_NAME = "koploper.decodingFailureProblems";

    /** After a refusal the connection is closing: whatever the decoder still passes on is dropped. */
    private boolean refused;

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (refused) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
            Throwable cause = request.decoderResult().cause();
            ReferenceCountUtil.release(message);
            refused = true;
            boolean english = ProblemTexts.prefersEnglish(request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE));
            context.writeAndFlush(problem(cause, english)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        context.fireChannelRead(message);
    }

    /** {@code english}: as the request asked, as far as its headers could be read (a too long one may be lost). */
    private static FullHttpResponse problem(Throwable cause, boolean english) {
        HttpResponseStatus status;
        String detail;
        if (cause instanceof TooLongHttpLineException) {
            status = HttpResponseStatus.REQUEST_URI_TOO_LONG;
            detail = ProblemTexts.detail("address-too-long", english,
                    "The request address is longer than the platform accepts.");
        } else if (cause instanceof TooLongHttpHeaderException) {
            status = HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            detail = ProblemTexts.detail("headers-too-large", english,
                    "The request headers are larger than the platform accepts.");
        } else {
            status = HttpResponseStatus.BAD_REQUEST;
            detail = ProblemTexts.detail("invalid-http", english, "The request is not valid HTTP.");
        }
        // Written by hand: the fields are fixed texts without characters that need escaping.
        String json = "{\"type\":\"about:blank\",\"title\":\"" + ProblemTexts.title(status.code(), english)
                + "\",\"status\":" + status.code() + ",\"detail\":\"" + detail + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }

    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        NettyServerCustomizer decodingFailureProblems() {
            return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
                if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                    channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new DecodingFailureProblems());
                }
            });
        }
    }
}
