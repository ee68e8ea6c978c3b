package nl.namens.keycloak.actingfor;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import nl.namens.identifiers.RepresentationKind;

/**
 * The data of {@code namens-acting-for.ftl} ({@code actingFor} in the template). Public with bean
 * getters because FreeMarker reads it by reflection; texts come from the theme's messages, not from
 * here.
 */
public final class ActingForPage {

  private final Offer offer;
  private final int pageSize;
  private final List<Option> options;
  private final SearchForm.Input searchInput;
  private final List<SearchError> searchErrors;
  private final boolean focusResults;

  /**
   * @param search the search form as posted when it was refused (shown again with its errors); null
   *     to show the offer's own search
   * @param focusResults true right after a search or page change: the page moves focus to the
   *     result count
   */
  ActingForPage(
      Offer offer, Locale locale, int pageSize, SearchForm.Result search, boolean focusResults) {
    this.offer = offer;
    this.pageSize = pageSize;
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    List<OfferOption> offered = offer.options();
    this.options =
        IntStream.range(0, offered.size())
            .mapToObj(i -> new Option(i, offered.get(i), dates, offer.serviceName()))
            .toList();
    this.searchInput = search != null ? search.input() : SearchForm.inputOf(offer.search());
    this.searchErrors =
        search == null
            ? List.of()
            : search.errors().stream()
                .map(e -> new SearchError(e.fieldId(), e.messageKey()))
                .toList();
    this.focusResults = focusResults && searchErrors.isEmpty();
  }

  ActingForPage(Offer offer, Locale locale) {
    this(offer, locale, ActingForAuthenticator.PAGE_SIZE, null, false);
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
    return offer.sessionLoa() == null ? null : offer.sessionLoa().code();
  }

  public List<Option> getOptions() {
    return options;
  }

  /** True when at least one principal can be chosen. */
  public boolean isAnySelectable() {
    return options.stream().anyMatch(Option::isSelectable);
  }

  /** False when the register says the user may not act for themselves at this service. */
  public boolean isSelfSelectable() {
    return offer.selfRefusal() == null;
  }

  /**
   * Why "myself" is disabled ({@code curatele}, {@code bewind}, {@code mentorschap}, {@code
   * other}), or empty.
   */
  public String getSelfRefusal() {
    return offer.selfRefusal() == null ? "" : offer.selfRefusal();
  }

  /** The element an error summary entry about the choice links to. */
  public String getChoiceErrorTarget() {
    if (isSelfSelectable() || options.isEmpty()) {
      return "namens-acting-for-option-self";
    }
    return options.stream()
        .filter(Option::isSelectable)
        .findFirst()
        .orElse(options.get(0))
        .getElementId();
  }

  // --- search and paging ---

  /** Show the search form: more principals than fit on one page, or a search is active. */
  public boolean isSearchShown() {
    return !offer.unavailable()
        && (offer.allTotal() > pageSize || offer.total() > pageSize || offer.searchActive());
  }

  public boolean isSearchActive() {
    return offer.searchActive();
  }

  /** The search name as typed (or as stored), never null. */
  public String getSearchName() {
    return searchInput.name();
  }

  public String getSearchBirthYear() {
    return searchInput.birthYear();
  }

  public String getSearchBsnPart() {
    return searchInput.bsnPart();
  }

  /** Errors of the search form, in field order; empty when it was not refused. */
  public List<SearchError> getSearchErrors() {
    return searchErrors;
  }

  public String getSearchNameError() {
    return errorFor(SearchForm.ID_NAME);
  }

  public String getSearchBirthYearError() {
    return errorFor(SearchForm.ID_BIRTH_YEAR);
  }

  public String getSearchBsnPartError() {
    return errorFor(SearchForm.ID_BSN_PART);
  }

  private String errorFor(String fieldId) {
    return searchErrors.stream()
        .filter(e -> e.getFieldId().equals(fieldId))
        .map(SearchError::getMessageKey)
        .findFirst()
        .orElse("");
  }

  /** Show the result count and the paging buttons (same rule as the search form). */
  public boolean isPagingShown() {
    return isSearchShown();
  }

  /** How many principals match (all of them without a search). */
  public int getTotal() {
    return offer.total();
  }

  /** How many principals the user may act for, without a search. */
  public int getAllTotal() {
    return offer.allTotal();
  }

  /** 1-based number of the first option on this page; 0 when the page is empty. */
  public int getFirst() {
    return options.isEmpty() ? 0 : offer.offset() + 1;
  }

  /** 1-based number of the last option on this page; 0 when the page is empty. */
  public int getLast() {
    return options.isEmpty() ? 0 : offer.offset() + options.size();
  }

  public boolean isPreviousAvailable() {
    return offer.offset() > 0;
  }

  public boolean isNextAvailable() {
    return offer.offset() + options.size() < offer.total();
  }

  public int getPageSize() {
    return pageSize;
  }

  /** True right after a search or page change: focus goes to the result count. */
  public boolean isFocusResults() {
    return focusResults;
  }

  /** One refused search field: the input's element id and the message key. */
  public static final class SearchError {
    private final String fieldId;
    private final String messageKey;

    SearchError(String fieldId, String messageKey) {
      this.fieldId = fieldId;
      this.messageKey = messageKey;
    }

    public String getFieldId() {
      return fieldId;
    }

    public String getMessageKey() {
      return messageKey;
    }
  }

  /** One principal on the page. */
  public static final class Option {
    private final int index;
    private final OfferOption option;
    private final DateTimeFormatter dates;
    private final String loginServiceName;

    Option(int index, OfferOption option, DateTimeFormatter dates, String loginServiceName) {
      this.index = index;
      this.option = option;
      this.dates = dates;
      this.loginServiceName = loginServiceName;
    }

    /** Suffix for element ids: {@code namens-acting-for-option-<id>}. */
    public String getId() {
      return String.valueOf(index);
    }

    /** {@code namens-acting-for-option-<id>}. */
    public String getElementId() {
      return "namens-acting-for-option-" + index;
    }

    /** The radio button's value: the mandate id. */
    public String getValue() {
      return option.mandateId();
    }

    public String getDisplayName() {
      return option.displayName() == null ? "" : option.displayName();
    }

    /**
     * For a chain mandate: the intermediary company the representative acts through, else empty.
     */
    public String getIntermediary() {
      return option.intermediaryName() == null ? "" : option.intermediaryName();
    }

    /** Relation code, e.g. {@code machtiging}; the page translates it. */
    public String getRelation() {
      String code = Kinds.code(option.relation());
      return Kinds.UNKNOWN.equals(code) ? "" : code;
    }

    /** Kind code, e.g. {@code voluntary}, {@code bewind}; the page translates it. */
    public String getKind() {
      return Kinds.code(option.kind());
    }

    /** True for legal representation and survivor mandates: the page names the service only. */
    public boolean isLegal() {
      return RepresentationKind.fromCode(option.kind())
          .map(RepresentationKind::isLegal)
          .orElse(false);
    }

    /** The principal's year of birth, or empty. */
    public String getBirthYear() {
      return option.birthYear() == null ? "" : String.valueOf(option.birthYear());
    }

    public List<String> getServices() {
      return option.serviceNames();
    }

    /** The service of this login (legal kinds show it instead of a list), or empty. */
    public String getServiceName() {
      if (loginServiceName != null) {
        return loginServiceName;
      }
      return option.serviceNames().isEmpty() ? "" : option.serviceNames().get(0);
    }

    /** Last valid day, formatted for the page's locale, or empty. */
    public String getValidUntil() {
      return option.validUntil() == null ? "" : dates.format(option.validUntil());
    }

    /** Last valid day as ISO date (for {@code <time datetime>}), or empty. */
    public String getValidUntilIso() {
      return option.validUntil() == null ? "" : option.validUntil().toString();
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
