package fi.respiteplanner.api.security;

import java.util.List;
import java.util.Locale;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import fi.respiteplanner.api.access.Caller;
import fi.respiteplanner.api.web.AuditNote;
import fi.respiteplanner.i18n.Messages;

import jakarta.servlet.http.HttpServletRequest;

/** Handlers receive the caller, their audit note and their language as parameters (never from a static holder); the login form's path. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, AuditNote.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Callers());
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == AuditNote.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest request,
                    WebDataBinderFactory binderFactory) {
                return new AuditNote(request.getNativeRequest(HttpServletRequest.class));
            }
        });
    }

    /** A handler's {@code Locale}: the best of fi, sv and en in Accept-Language, Finnish when none fits. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Messages.LANGUAGES.stream().map(Locale::forLanguageTag).toList());
        resolver.setDefaultLocale(Locale.forLanguageTag("fi"));
        return resolver;
    }

    /** The web page's own login form (Finnish, Swedish and English), built with the page. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/login").setViewName("forward:/login.html");
    }
}
