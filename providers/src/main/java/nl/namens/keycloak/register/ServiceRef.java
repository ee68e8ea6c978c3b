package nl.namens.keycloak.register;

/** A service a mandate covers: its UUID and display name. */
public record ServiceRef(String id, String name) {}
