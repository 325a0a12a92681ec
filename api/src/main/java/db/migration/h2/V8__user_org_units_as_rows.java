package db.migration.h2;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Moves each user's comma-separated organisation units into app_user_org_unit, then drops the old column. */
public class V8__user_org_units_as_rows extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet users = select.executeQuery("SELECT username, org_units FROM app_user");
                PreparedStatement insert = context.getConnection()
                        .prepareStatement("INSERT INTO app_user_org_unit (username, org_unit) VALUES (?, ?)")) {
            while (users.next()) {
                Set<String> units = new TreeSet<>();
                for (String unit : users.getString("org_units").split(",")) {
                    if (!unit.isBlank()) {
                        units.add(unit.strip());
                    }
                }
                for (String unit : units) {
                    insert.setString(1, users.getString("username"));
                    insert.setString(2, unit);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        try (Statement drop = context.getConnection().createStatement()) {
            drop.execute("ALTER TABLE app_user DROP COLUMN org_units");
        }
    }
}
