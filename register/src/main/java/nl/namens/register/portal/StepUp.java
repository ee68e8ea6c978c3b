package nl.namens.register.portal;

import java.util.regex.Pattern;
import nl.namens.identifiers.LevelOfAssurance;

/**
 * The way up when an act needs a higher level of assurance than the login has: log in again through the
 * broker at {@code level} (the portal asks it with {@code acr_values}), then come back to {@code returnPath}.
 *
 * @param level the level's code ({@code substantieel}), sent by the step-up form
 * @param levelName the level's name in the user's language, shown on the button
 * @param returnPath the portal page to come back to (only a path inside the portal)
 */
public record StepUp(String level, String levelName, String returnPath) {

  /** Only paths inside the portal, so no form or link can send the user elsewhere. */
  static final Pattern RETURN_PATH = Pattern.compile("/portal(/[A-Za-z0-9/_-]*)?(\\?[A-Za-z0-9=&_-]*)?");

  /** Up to {@code level}; the page to come back to is set when the page is shown ({@link #returningTo}). */
  static StepUp to(LevelOfAssurance level, Texts texts) {
    return new StepUp(level.code(), levelName(level, texts), null);
  }

  StepUp returningTo(String path) {
    return new StepUp(level, levelName, insidePortal(path));
  }

  /** The level's name in the user's language ({@code loa_<code>} in the message files). */
  static String levelName(LevelOfAssurance level, Texts texts) {
    return texts.message("loa_" + level.code(), null);
  }

  /** {@code path} if it is a page of the portal, else the overview. */
  static String insidePortal(String path) {
    return path != null && RETURN_PATH.matcher(path).matches() ? path : "/portal";
  }
}
