package nl.namens.keycloak.register;

import java.io.IOException;
import java.util.Map;

/** The two kinds of HTTP POST the BVD client makes; an IOException means "no answer". */
interface BvdTransport {

  HttpReply postJson(String url, String bearerToken, String json) throws IOException;

  HttpReply postForm(String url, Map<String, String> form) throws IOException;
}
