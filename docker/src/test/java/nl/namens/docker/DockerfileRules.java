package nl.namens.docker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules hadolint would apply (hadolint is not packaged here), read from the Dockerfile's text: DL3006/DL3007 (every
 * FROM pinned to a version, never {@code latest}), DL3002 (the last USER of the final stage is not root), DL3020
 * (COPY, not ADD; never ADD from a URL), DL3025 (ENTRYPOINT and CMD in JSON form), DL3004 (no sudo), and
 * SecretsUsedInArgOrEnv of BuildKit's checks (no ENV or ARG with a secret-like name and a value); plus ours: in the
 * final stage every COPY sets {@code --chown} (the files belong to the non-root user, not to root).
 */
final class DockerfileRules {

  private DockerfileRules() {}

  /** One instruction: its keyword in upper case and the rest of its (joined) line. */
  record Instruction(String keyword, String arguments, int line) {}

  static List<Instruction> instructions(String dockerfile) {
    List<Instruction> instructions = new ArrayList<>();
    String[] lines = dockerfile.split("\\R", -1);
    StringBuilder current = null;
    int start = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (current == null && trimmed.isEmpty())) {
        continue; // comments (also inside a continued instruction) and blank lines
      }
      if (current == null) {
        current = new StringBuilder();
        start = i + 1;
      }
      boolean continued = trimmed.endsWith("\\");
      current.append(continued ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
      if (!continued) {
        String text = current.toString().strip();
        int space = text.indexOf(' ');
        String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
        instructions.add(new Instruction(keyword, space < 0 ? "" : text.substring(space + 1).strip(), start));
        current = null;
      }
    }
    return instructions;
  }

  /** Every rule broken, one line each ("line N: ..."); empty when none is. */
  static List<String> findings(String dockerfile) {
    List<Instruction> instructions = instructions(dockerfile);
    List<String> findings = new ArrayList<>();
    Set<String> stages = new HashSet<>();
    int finalStage = -1;
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i).keyword().equals("FROM")) {
        finalStage = i;
      }
    }
    if (finalStage < 0) {
      findings.add("no FROM");
      return findings;
    }
    String finalUser = null;
    for (int i = 0; i < instructions.size(); i++) {
      Instruction in = instructions.get(i);
      String where = "line " + in.line() + ": ";
      boolean inFinalStage = i >= finalStage;
      switch (in.keyword()) {
        case "FROM" -> {
          List<String> words = words(in.arguments());
          words.removeIf(w -> w.startsWith("--"));
          String image = words.isEmpty() ? "" : words.get(0);
          if (!stages.contains(image.toLowerCase(Locale.ROOT))) {
            String problem = imageProblem(image);
            if (problem != null) {
              findings.add(where + "FROM " + image + " " + problem);
            }
          }
          if (words.size() >= 3 && words.get(1).equalsIgnoreCase("AS")) {
            stages.add(words.get(2).toLowerCase(Locale.ROOT));
          }
        }
        case "USER" -> {
          if (inFinalStage) {
            finalUser = in.arguments();
          }
        }
        case "ENV", "ARG" -> {
          for (String[] pair : assignments(in.keyword(), in.arguments())) {
            if (DeploymentFiles.isSecretName(pair[0]) && pair[1] != null && !pair[1].isEmpty()) {
              findings.add(where + in.keyword() + " " + pair[0] + " has a value: a secret in a layer");
            }
          }
        }
        case "ADD" -> {
          String args = in.arguments().toLowerCase(Locale.ROOT);
          findings.add(
              where
                  + (args.contains("http://") || args.contains("https://") || args.contains("git@")
                      ? "ADD from a URL (unverified download into a layer)"
                      : "ADD instead of COPY"));
        }
        case "COPY" -> {
          if (inFinalStage && !in.arguments().contains("--chown=")) {
            findings.add(where + "COPY in the final stage without --chown");
          }
        }
        case "ENTRYPOINT", "CMD" -> {
          if (!in.arguments().startsWith("[")) {
            findings.add(where + in.keyword() + " in shell form (use the JSON form)");
          }
        }
        case "RUN" -> {
          if (words(in.arguments()).contains("sudo")) {
            findings.add(where + "RUN with sudo");
          }
        }
        default -> {}
      }
    }
    if (finalUser == null) {
      findings.add("the final stage sets no USER (it would run as root)");
    } else {
      String user = finalUser.split(":", 2)[0].strip();
      if (user.equals("root") || user.equals("0")) {
        findings.add("the final stage runs as root (USER " + finalUser + ")");
      }
    }
    return findings;
  }

  /** Why an image reference is not pinned, or null when it is. */
  static String imageProblem(String image) {
    if (image.isEmpty()) {
      return "names no image";
    }
    if (image.contains("@sha256:")) {
      return null;
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    if (colon <= slash) {
      return "has no version tag (it means latest)";
    }
    String tag = image.substring(colon + 1);
    if (tag.equalsIgnoreCase("latest")) {
      return "uses the tag latest";
    }
    if (tag.contains("$")) {
      return "takes its tag from a build argument (not pinned in the file)";
    }
    return null;
  }

  private static List<String[]> assignments(String keyword, String arguments) {
    List<String[]> pairs = new ArrayList<>();
    List<String> words = words(arguments);
    if (keyword.equals("ENV") && !words.isEmpty() && !words.get(0).contains("=")) {
      // legacy form: ENV NAME value with spaces
      pairs.add(new String[] {words.get(0), arguments.substring(words.get(0).length()).strip()});
      return pairs;
    }
    for (String word : words) {
      int eq = word.indexOf('=');
      pairs.add(
          eq < 0 ? new String[] {word, null} : new String[] {word.substring(0, eq), unquote(word.substring(eq + 1))});
    }
    return pairs;
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  /** Words separated by blanks; a quoted part stays inside its word. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        word.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        word.append(c);
      } else if (Character.isWhitespace(c)) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
