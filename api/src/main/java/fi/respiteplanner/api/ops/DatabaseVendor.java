package fi.respiteplanner.api.ops;

import java.sql.DatabaseMetaData;
import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The store is chosen by {@code spring.datasource.url} alone: the embedded H2 file by default, PostgreSQL in
 * production. Flyway picks the vendor's migrations ({@code db/migration/{vendor}}); here the job store gets the
 * vendor's Quartz delegate (PostgreSQL keeps job data in BYTEA) and, on PostgreSQL, browser sessions save their
 * attributes with an upsert, so two requests of one session never collide on an attribute's row.
 */
@Configuration
class DatabaseVendor {

    static final String POSTGRESQL_DELEGATE = "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate";

    private final boolean postgres;

    DatabaseVendor(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        DatabaseDriver driver = DatabaseDriver.fromProductName(product);
        if (driver != DatabaseDriver.H2 && driver != DatabaseDriver.POSTGRESQL) {
            throw new IllegalStateException("The planner's store is H2 or PostgreSQL, not " + product);
        }
        this.postgres = driver == DatabaseDriver.POSTGRESQL;
    }

    @Bean
    SchedulerFactoryBeanCustomizer quartzDelegate(QuartzProperties quartz) {
        return scheduler -> {
            Properties properties = new Properties();
            properties.putAll(quartz.getProperties());
            if (postgres) {
                properties.put("org.quartz.jobStore.driverDelegateClass", POSTGRESQL_DELEGATE);
            }
            scheduler.setQuartzProperties(properties);
        };
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionUpserts() {
        SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upserts = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        return repository -> {
            if (postgres) {
                upserts.customize(repository);
            }
        };
    }
}
