package nl.namens.keycloak.representation;

import java.util.Optional;
import java.util.function.Function;
import nl.namens.identifiers.SubjectType;
import nl.namens.keycloak.register.Actor;
import nl.namens.keycloak.register.Party;
import org.keycloak.models.UserModel;

/** The actor (the party who logs in) from the broker user's attributes. */
public final class Actors {

  private Actors() {}

  public static Optional<Party> actorOf(UserModel user) {
    return user == null ? Optional.empty() : actorOf(user::getFirstAttribute);
  }

  /**
   * The actor as the register receives it: the party, and for an eHerkenning user (KVK) the
   * employee pseudonym {@code namens.acting-subject-id} as {@code actingSubjectId}.
   */
  public static Optional<Actor> registerActorOf(UserModel user) {
    return user == null ? Optional.empty() : registerActorOf(user::getFirstAttribute);
  }

  /** See {@link #registerActorOf(UserModel)}. */
  public static Optional<Actor> registerActorOf(Function<String, String> attributes) {
    return actorOf(attributes)
        .map(
            party ->
                new Actor(
                    party,
                    !party.type().isPersonal()
                        ? attributes.apply(NamensNames.USER_ACTING_SUBJECT_ID)
                        : null));
  }

  /**
   * {@code namens.subject-type} BSN with {@code namens.bsn}, KVK with {@code namens.kvk}, or RSIN with {@code
   * namens.rsin} (an eHerkenning company named by its RSIN).
   */
  public static Optional<Party> actorOf(Function<String, String> attributes) {
    Optional<SubjectType> type = SubjectType.parse(attributes.apply(NamensNames.USER_SUBJECT_TYPE));
    if (type.isEmpty()) {
      return Optional.empty();
    }
    String id =
        switch (type.get()) {
          case BSN -> attributes.apply(NamensNames.USER_BSN);
          case KVK -> attributes.apply(NamensNames.USER_KVK);
          case RSIN -> attributes.apply(NamensNames.USER_RSIN);
          default -> null;
        };
    if (id == null || !type.get().isValid(id.trim())) {
      return Optional.empty();
    }
    return Optional.of(new Party(type.get(), id));
  }
}
