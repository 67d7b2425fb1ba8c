package io.github.toolshed.surlex.spring;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/** Resolves {@link SurlexDate} parameters from the year, month and day captures of the request. */
public class SurlexDateArgumentResolver implements HandlerMethodArgumentResolver {

    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** Creates the resolver. */
    public SurlexDateArgumentResolver() {}

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(SurlexDate.class) && parameter.getParameterType() == LocalDate.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
        SurlexDate spec = parameter.getParameterAnnotation(SurlexDate.class);
        @SuppressWarnings("unchecked")
        Map<String, String> captures = (Map<String, String>) webRequest.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String year = captures == null ? null : captures.get(spec.year());
        if (year == null) {
            if (spec.required()) {
                throw new MissingPathVariableException(spec.year(), parameter, true);
            }
            return null;
        }
        String month = captures.get(spec.month());
        String day = captures.get(spec.day());
        String text = year + "/" + month + "/" + day;
        try {
            int y = Integer.parseInt(year);
            if (year.length() <= 2) {
                y += 2000;
            }
            return LocalDate.of(y, month == null ? 1 : month(month), day == null ? 1 : Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            throw new MethodArgumentTypeMismatchException(text, LocalDate.class, parameter.getParameterName(), parameter, e);
        }
    }

    private static int month(String month) {
        int named = MONTHS.indexOf(month.toLowerCase(Locale.ROOT));
        return named >= 0 ? named + 1 : Integer.parseInt(month);
    }
}
