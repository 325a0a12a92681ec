package fi.respiteplanner.api.web;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * Request bodies other than plan documents (changes, scenarios, users…) are read as strictly as plans
 * (see also the spring.jackson settings): a null inside a list or as a map's value is refused.
 */
@Configuration
class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer nullsInsideAreMistakes() {
        return builder -> builder.postConfigurer(mapper -> mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)));
    }
}
