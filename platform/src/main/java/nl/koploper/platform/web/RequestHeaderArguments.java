package nl.koploper.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import java.util.Objects;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method its {@link IfMatch} and {@link IdempotencyKey} parameters from their request headers,
 * and documents them in the OpenAPI document as the optional headers they are.
 */
final class RequestHeaderArguments implements HandlerMethodArgumentResolver, OperationCustomizer {

    static {
        // springdoc would otherwise describe the parameters as query parameters named after their fields
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class, IdempotencyKey.class);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return header(parameter.getParameterType()) != null;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        String[] values = webRequest.getHeaderValues(header(parameter.getParameterType()));
        String header = values == null ? null : String.join(",", values); // as @RequestHeader String joins them
        return parameter.getParameterType() == IfMatch.class ? new IfMatch(header) : new IdempotencyKey(header);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        Arrays.stream(handlerMethod.getMethodParameters()).map(p -> header(p.getParameterType()))
                .filter(Objects::nonNull).forEach(name -> operation.addParametersItem(documented(name)));
        return operation;
    }

    private static String header(Class<?> parameterType) {
        if (parameterType == IfMatch.class) {
            return IfMatch.HEADER;
        }
        return parameterType == IdempotencyKey.class ? IdempotencyKey.HEADER : null;
    }

    private static Parameter documented(String header) {
        String description = IfMatch.HEADER.equals(header)
                ? "The ETag (version) the change was decided on: a newer version answers 412 and changes nothing"
                : "Makes a retry safe (1-200 visible ASCII characters): a repeat of the same request creates nothing "
                        + "and answers as the first time, with Idempotent-Replayed: true";
        return new HeaderParameter().name(header).required(false).description(description).schema(new StringSchema());
    }
}
