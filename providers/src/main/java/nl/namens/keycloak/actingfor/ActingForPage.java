package nl.namens.keycloak.actingfor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The data of {@code namens-acting-for.ftl} ({@code actingFor} in the template). Public with bean
 * getters because FreeMarker reads it by reflection; texts come from the theme's messages, not from
 * here.
 */
public final class ActingForPage {

  private final Offer offer;
  private final List<Option> options;

  ActingForPage(Offer offer, Locale locale) {
    this.offer = offer;
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    List<OfferOption> offered = offer.options();
    this.options =
        java.util.stream.IntStream.range(0, offered.size())
            .mapToObj(i -> new Option(i, offered.get(i), dates))
            .toList();
  }

  /** True when the register could not answer: the page then offers only "myself". */
  public boolean isUnavailable() {
    return offer.unavailable();
  }

  /** Display name of the service, or null. */
  public String getServiceName() {
    return offer.serviceName();
  }

  /** LoA code of the login (basis, midden, substantieel, hoog) or null. */
  public String getSessionLoa() {
    return offer.sessionLoa();
  }

  public List<Option> getOptions() {
    return options;
  }

  /** True when at least one principal can be chosen. */
  public boolean isAnySelectable() {
    return options.stream().anyMatch(Option::isSelectable);
  }

  /** One principal on the page. */
  public static final class Option {
    private final int index;
    private final OfferOption option;
    private final DateTimeFormatter dates;

    Option(int index, OfferOption option, DateTimeFormatter dates) {
      this.index = index;
      this.option = option;
      this.dates = dates;
    }

    /** Suffix for element ids: {@code namens-acting-for-option-<id>}. */
    public String getId() {
      return String.valueOf(index);
    }

    /** The radio button's value: the mandate id. */
    public String getValue() {
      return option.mandateId();
    }

    public String getDisplayName() {
      return option.displayName() == null ? "" : option.displayName();
    }

    /** Relation code, e.g. {@code machtiging}; the page translates it. */
    /** For a chain mandate: the intermediary company the representative acts through, else empty. */
    public String getIntermediary() {
      return option.intermediaryName() == null ? "" : option.intermediaryName();
    }

    public String getRelation() {
      return option.relation() == null ? "" : option.relation();
    }

    /** Kind code, e.g. {@code voluntary}. */
    public String getKind() {
      return option.kind() == null ? "" : option.kind();
    }

    public List<String> getServices() {
      return option.serviceNames();
    }

    /** Last valid day, formatted for the page's locale, or empty. */
    public String getValidUntil() {
      if (option.validUntil() == null) {
        return "";
      }
      try {
        return dates.format(LocalDate.parse(option.validUntil()));
      } catch (DateTimeParseException e) {
        return option.validUntil();
      }
    }

    /** Last valid day as ISO date (for {@code <time datetime>}), or empty. */
    public String getValidUntilIso() {
      return option.validUntil() == null ? "" : option.validUntil();
    }

    public boolean isSelectable() {
      return option.selectable();
    }

    /** The minimum LoA code of the service, or empty. */
    public String getRequiredLoa() {
      return option.requiredLoa() == null ? "" : option.requiredLoa();
    }

    /** Why the option is disabled ({@code loa-too-low}) or empty. */
    public String getDisabledReason() {
      return option.disabledReason() == null ? "" : option.disabledReason();
    }
  }
}
