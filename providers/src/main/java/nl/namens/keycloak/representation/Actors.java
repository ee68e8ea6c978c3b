package nl.namens.keycloak.representation;

import java.util.Optional;
import java.util.function.Function;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Party;
import org.keycloak.models.UserModel;

/** The actor (the party who logs in) from the broker user's attributes. */
public final class Actors {

  private Actors() {}

  public static Optional<Party> actorOf(UserModel user) {
    return user == null ? Optional.empty() : actorOf(user::getFirstAttribute);
  }

  /** {@code namens.subject-type} BSN with {@code namens.bsn}, or KVK with {@code namens.kvk}. */
  public static Optional<Party> actorOf(Function<String, String> attributes) {
    Optional<SubjectType> type = SubjectType.parse(attributes.apply(NamensNames.USER_SUBJECT_TYPE));
    if (type.isEmpty()) {
      return Optional.empty();
    }
    String id =
        switch (type.get()) {
          case BSN -> attributes.apply(NamensNames.USER_BSN);
          case KVK -> attributes.apply(NamensNames.USER_KVK);
          default -> null;
        };
    if (id == null || !type.get().isValid(id.trim())) {
      return Optional.empty();
    }
    return Optional.of(new Party(type.get(), id));
  }
}
