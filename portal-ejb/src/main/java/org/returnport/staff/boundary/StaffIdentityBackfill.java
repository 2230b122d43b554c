package org.returnport.staff.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.returnport.identity.control.IdentityProviderException;
import org.returnport.identity.control.KeycloakAdmin;

/**
 * Upgrades rows written before roles belonged to Keycloak user ids: the owners of stores opened
 * before, and the invitations accepted before, get the user id Keycloak holds for their address.
 * Those people were added to the store's organization by Returnport itself at the time, so their
 * address named them then. Runs every few minutes until nothing is left (Keycloak may be down when
 * a server starts); with nothing to do it costs two small queries. Plain SQL across tenants on
 * purpose, naming the tenant column, like the API key look-up.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffIdentityBackfill {

  private static final Logger LOG = Logger.getLogger(StaffIdentityBackfill.class.getName());

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  @Inject KeycloakAdmin keycloak;

  @PostConstruct
  void atStart() {
    fillIn();
  }

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  public void fillIn() {
    try (Connection connection = dataSource.getConnection()) {
      fill(
          connection,
          "SELECT ID, CONTACT_EMAIL FROM TENANT WHERE OWNER_USER_ID IS NULL",
          "UPDATE TENANT SET OWNER_USER_ID = ? WHERE ID = ? AND OWNER_USER_ID IS NULL");
      fill(
          connection,
          "SELECT ID, EMAIL FROM STAFF_INVITATION"
              + " WHERE USER_ID IS NULL AND ACCEPTED_AT IS NOT NULL",
          "UPDATE STAFF_INVITATION SET USER_ID = ? WHERE ID = ? AND USER_ID IS NULL");
    } catch (SQLException | IdentityProviderException e) {
      LOG.log(Level.WARNING, "Could not yet fill in staff user ids; trying again later", e);
    }
  }

  private void fill(Connection connection, String pending, String update) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(pending);
        ResultSet result = query.executeQuery()) {
      while (result.next()) {
        rows.add(new Object[] {result.getLong(1), result.getString(2)});
      }
    }
    for (Object[] row : rows) {
      Optional<String> userId = keycloak.findUserId((String) row[1]);
      if (userId.isPresent()) {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
          statement.setString(1, userId.get());
          statement.setLong(2, (Long) row[0]);
          statement.executeUpdate();
        }
      }
    }
  }
}
