<#-- "Who are you acting for?" — page of the namens-acting-for authenticator (nl.namens.keycloak.actingfor).
     Three forms, each posting to the same login action with its own "namensAction":
       namens-acting-for-search  (only with more than one page, or a search active): search | clear
       namens-acting-for-form    the choice (radios "actingFor"): choose | cancel
       namens-acting-for-paging  (only when there is another page): previous | next
     The search has its own form so that Enter in a search field searches and never chooses. -->
<#import "template.ftl" as layout>
<#import "namens-attempted-username.ftl" as attempted>
<#assign username = attempted.username in layout>
<@layout.registrationLayout displayMessage=false; section>
<#if section = "header">
    <#if actingFor.unavailable>${msg("namensActingForUnavailableTitle")}<#else>${msg("namensActingForTitle")}</#if>
<#elseif section = "form">
    <#assign hasMessage = message?has_content && message.type = "error">
    <#assign hasError = hasMessage || actingFor.searchErrors?has_content>
    <#if hasError>
        <div id="namens-acting-for-error-summary" class="${properties.kcAlertClass!} utrecht-alert--error pf-m-danger namens-error-summary"
             role="alert" aria-labelledby="namens-acting-for-error-title" tabindex="-1">
            <h2 id="namens-acting-for-error-title" class="${properties.kcAlertTitleClass!}">${msg("namensActingForErrorSummaryTitle")}</h2>
            <ul class="utrecht-unordered-list namens-error-summary__list">
                <#if hasMessage>
                    <li><a href="#${actingFor.choiceErrorTarget}">${kcSanitize(message.summary)?no_esc}</a></li>
                </#if>
                <#list actingFor.searchErrors as searchError>
                    <li><a href="#${searchError.fieldId}">${msg(searchError.messageKey)}</a></li>
                </#list>
            </ul>
        </div>
        <script type="module">document.getElementById("namens-acting-for-error-summary").focus();</script>
    </#if>

    <#if actingFor.unavailable>
    <form id="namens-acting-for-form" class="${properties.kcFormClass!} namens-acting-for" action="${url.loginAction}" method="post" novalidate="novalidate">
        <div id="namens-register-unavailable" class="${properties.kcAlertClass!} utrecht-alert--warning pf-m-warning namens-acting-for__unavailable">
            <p class="${properties.kcAlertTitleClass!}">${msg("namensActingForUnavailable")}</p>
            <p class="${properties.kcAlertDescriptionClass!}">${msg("namensActingForUnavailableHint")}</p>
        </div>
        <input type="hidden" name="actingFor" value="self"/>
        <div class="${properties.kcFormGroupClass!}">
            <div class="${properties.kcFormActionGroupClass!}">
                <button id="namens-acting-for-continue-self" type="submit" name="namensAction" value="choose"
                        class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("namensActingForContinueAsSelf")}</button>
            </div>
        </div>
    </form>
    <#else>

    <#if actingFor.searchShown>
        <form id="namens-acting-for-search" class="${properties.kcFormClass!} namens-acting-for__search" action="${url.loginAction}"
              method="post" novalidate="novalidate" role="search" aria-labelledby="namens-acting-for-search-legend">
            <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset namens-acting-for__search-fields" aria-describedby="namens-acting-for-search-hint">
                <legend id="namens-acting-for-search-legend" class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend namens-acting-for__legend">${msg("namensActingForSearchLegend")}</legend>
                <p id="namens-acting-for-search-hint" class="utrecht-form-field-description namens-acting-for__hint">${msg("namensActingForSearchHint")}</p>

                <#assign nameError = actingFor.searchNameError>
                <div class="${properties.kcFormGroupClass!} utrecht-form-field utrecht-form-field--text namens-acting-for__search-field<#if nameError?has_content> utrecht-form-field--invalid namens-acting-for__search-field--error</#if>">
                    <label class="${properties.kcFormLabelClass!} utrecht-form-label" for="namens-acting-for-search-name">${msg("namensActingForSearchName")}</label>
                    <p id="namens-acting-for-search-name-hint" class="utrecht-form-field-description namens-acting-for__field-hint">${msg("namensActingForSearchNameHint")}</p>
                    <#if nameError?has_content>
                        <p id="namens-acting-for-search-name-error" class="utrecht-form-field-error-message namens-acting-for__field-error">
                            <span class="namens-visually-hidden">${msg("namensActingForErrorPrefix")}</span> ${msg(nameError)}</p>
                    </#if>
                    <span class="namens-acting-for__control">
                        <input id="namens-acting-for-search-name" name="searchName" type="text" class="utrecht-textbox utrecht-textbox--html-input namens-acting-for__input"
                               value="${actingFor.searchName}" autocomplete="off" spellcheck="false"
                               aria-describedby="namens-acting-for-search-name-hint<#if nameError?has_content> namens-acting-for-search-name-error</#if>"<#if nameError?has_content> aria-invalid="true"</#if>/>
                    </span>
                </div>

                <#assign birthYearError = actingFor.searchBirthYearError>
                <div class="${properties.kcFormGroupClass!} utrecht-form-field utrecht-form-field--text namens-acting-for__search-field<#if birthYearError?has_content> utrecht-form-field--invalid namens-acting-for__search-field--error</#if>">
                    <label class="${properties.kcFormLabelClass!} utrecht-form-label" for="namens-acting-for-search-birth-year">${msg("namensActingForSearchBirthYear")}</label>
                    <p id="namens-acting-for-search-birth-year-hint" class="utrecht-form-field-description namens-acting-for__field-hint">${msg("namensActingForSearchBirthYearHint")}</p>
                    <#if birthYearError?has_content>
                        <p id="namens-acting-for-search-birth-year-error" class="utrecht-form-field-error-message namens-acting-for__field-error">
                            <span class="namens-visually-hidden">${msg("namensActingForErrorPrefix")}</span> ${msg(birthYearError)}</p>
                    </#if>
                    <span class="namens-acting-for__control namens-acting-for__control--4">
                        <input id="namens-acting-for-search-birth-year" name="searchBirthYear" type="text" inputmode="numeric"
                               class="utrecht-textbox utrecht-textbox--html-input namens-acting-for__input"
                               value="${actingFor.searchBirthYear}" autocomplete="off"
                               aria-describedby="namens-acting-for-search-birth-year-hint<#if birthYearError?has_content> namens-acting-for-search-birth-year-error</#if>"<#if birthYearError?has_content> aria-invalid="true"</#if>/>
                    </span>
                </div>

                <#assign bsnPartError = actingFor.searchBsnPartError>
                <div class="${properties.kcFormGroupClass!} utrecht-form-field utrecht-form-field--text namens-acting-for__search-field<#if bsnPartError?has_content> utrecht-form-field--invalid namens-acting-for__search-field--error</#if>">
                    <label class="${properties.kcFormLabelClass!} utrecht-form-label" for="namens-acting-for-search-bsn-part">${msg("namensActingForSearchBsnPart")}</label>
                    <p id="namens-acting-for-search-bsn-part-hint" class="utrecht-form-field-description namens-acting-for__field-hint">${msg("namensActingForSearchBsnPartHint")}</p>
                    <#if bsnPartError?has_content>
                        <p id="namens-acting-for-search-bsn-part-error" class="utrecht-form-field-error-message namens-acting-for__field-error">
                            <span class="namens-visually-hidden">${msg("namensActingForErrorPrefix")}</span> ${msg(bsnPartError)}</p>
                    </#if>
                    <span class="namens-acting-for__control namens-acting-for__control--9">
                        <input id="namens-acting-for-search-bsn-part" name="searchBsnPart" type="text" inputmode="numeric"
                               class="utrecht-textbox utrecht-textbox--html-input namens-acting-for__input"
                               value="${actingFor.searchBsnPart}" autocomplete="off"
                               aria-describedby="namens-acting-for-search-bsn-part-hint<#if bsnPartError?has_content> namens-acting-for-search-bsn-part-error</#if>"<#if bsnPartError?has_content> aria-invalid="true"</#if>/>
                    </span>
                </div>

                <div class="${properties.kcFormGroupClass!} namens-acting-for__search-actions">
                    <button id="namens-acting-for-search-submit" type="submit" name="namensAction" value="search"
                            class="${properties.kcButtonSecondaryClass!}">${msg("namensActingForSearchSubmit")}</button>
                    <#if actingFor.searchActive>
                        <button id="namens-acting-for-search-clear" type="submit" name="namensAction" value="clear"
                                class="${properties.kcButtonLinkClass!}">${msg("namensActingForSearchClear")}</button>
                    </#if>
                </div>
            </fieldset>
        </form>

        <p id="namens-acting-for-total" class="namens-acting-for__total" tabindex="-1"
           data-total="${actingFor.total?c}" data-all-total="${actingFor.allTotal?c}"
           data-first="${actingFor.first?c}" data-last="${actingFor.last?c}">
            <#if actingFor.searchActive>
                <#if actingFor.total == 0>
                    ${msg("namensActingForTotalNone", actingFor.allTotal?c)}
                <#else>
                    ${msg("namensActingForTotalSearch", actingFor.total?c, actingFor.allTotal?c, actingFor.first?c, actingFor.last?c)}
                </#if>
            <#else>
                ${msg("namensActingForTotal", actingFor.first?c, actingFor.last?c, actingFor.total?c)}
            </#if>
        </p>
        <#if actingFor.focusResults && !hasError>
            <script type="module">document.getElementById("namens-acting-for-total").focus();</script>
        </#if>
    </#if>

    <form id="namens-acting-for-form" class="${properties.kcFormClass!} namens-acting-for" action="${url.loginAction}" method="post" novalidate="novalidate">
        <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset namens-acting-for__options"
                  aria-describedby="namens-acting-for-hint<#if hasMessage> namens-acting-for-error-summary</#if>">
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend namens-acting-for__legend">${msg("namensActingForLegend")}</legend>
            <p id="namens-acting-for-hint" class="utrecht-form-field-description namens-acting-for__hint">
                <#if actingFor.serviceName?has_content>${msg("namensActingForHintService", actingFor.serviceName)}<#else>${msg("namensActingForHint")}</#if>
            </p>

            <div class="pf-v5-c-radio namens-acting-for__option<#if !actingFor.selfSelectable> namens-acting-for__option--disabled</#if>">
                <input class="pf-v5-c-radio__input utrecht-radio-button utrecht-radio-button--html-input" type="radio" name="actingFor" value="self"
                       id="namens-acting-for-option-self" aria-describedby="namens-acting-for-option-self-details"<#if !actingFor.selfSelectable> disabled="disabled"</#if>/>
                <label class="pf-v5-c-radio__label" for="namens-acting-for-option-self">${msg("namensActingForSelf")}</label>
                <span class="pf-v5-c-radio__description" id="namens-acting-for-option-self-details">
                    <#if actingFor.selfSelectable>
                        ${msg("namensActingForSelfDescription")}
                    <#else>
                        <#assign selfKey = "namensActingForSelfNotAllowed_" + actingFor.selfRefusal>
                        <#assign selfText = msg(selfKey)>
                        <#if selfText == selfKey><#assign selfText = msg("namensActingForSelfNotAllowed")></#if>
                        <span id="namens-acting-for-option-self-reason" class="namens-acting-for__detail namens-acting-for__reason"
                              data-reason="${actingFor.selfRefusal}">${selfText}</span>
                    </#if>
                </span>
            </div>

            <#list actingFor.options as option>
                <#assign optionId = option.elementId>
                <#assign kindKey = "namensActingForKind_" + option.kind>
                <#assign kindText = msg(kindKey)>
                <#if kindText == kindKey><#assign kindText = msg("namensActingForKindOther")></#if>
                <div class="pf-v5-c-radio namens-acting-for__option<#if !option.selectable> namens-acting-for__option--disabled</#if>">
                    <input class="pf-v5-c-radio__input utrecht-radio-button utrecht-radio-button--html-input" type="radio" name="actingFor" value="${option.value}"
                           id="${optionId}" aria-describedby="${optionId}-details"<#if !option.selectable> disabled="disabled"</#if>/>
                    <label class="pf-v5-c-radio__label" for="${optionId}">${option.displayName}</label>
                    <span class="pf-v5-c-radio__description" id="${optionId}-details">
                        <span class="namens-acting-for__detail">${msg("namensActingForKind")}: <span class="namens-acting-for__kind" data-kind="${option.kind}">${kindText}</span></span>
                        <#if option.relation?has_content>
                            <#assign relationKey = "namensActingForRelation_" + option.relation>
                            <#assign relationText = msg(relationKey)>
                            <span class="namens-acting-for__detail namens-acting-for__relation" data-relation="${option.relation}">${msg("namensActingForRelation")}: <#if relationText == relationKey>${option.relation}<#else>${relationText}</#if></span>
                        </#if>
                        <#if option.birthYear?has_content>
                            <span class="namens-acting-for__detail namens-acting-for__birth-year">${msg("namensActingForBirthYear")}: ${option.birthYear}</span>
                        </#if>
                        <#if option.intermediary?has_content>
                            <span class="namens-acting-for__detail" data-intermediary="${option.intermediary}">${msg("namensActingForVia", option.intermediary)}</span>
                        </#if>
                        <#if option.legal>
                            <#if option.serviceName?has_content>
                                <span class="namens-acting-for__detail namens-acting-for__service">${msg("namensActingForService")}: ${option.serviceName}</span>
                            </#if>
                        <#elseif option.services?has_content>
                            <span class="namens-acting-for__detail">${msg("namensActingForServices")}: ${option.services?join(", ")}</span>
                        </#if>
                        <#if option.validUntilIso?has_content>
                            <span class="namens-acting-for__detail">${msg("namensActingForValidUntil")}: <time datetime="${option.validUntilIso}">${option.validUntil}</time></span>
                        </#if>
                        <#if !option.selectable>
                            <#assign requiredKey = "namensActingForLoa_" + option.requiredLoa>
                            <#assign requiredText = msg(requiredKey)>
                            <#if requiredText == requiredKey><#assign requiredText = option.requiredLoa></#if>
                            <#if actingFor.sessionLoa?has_content>
                                <#assign sessionText = msg("namensActingForLoa_" + actingFor.sessionLoa)>
                            <#else>
                                <#assign sessionText = msg("namensActingForLoaUnknown")>
                            </#if>
                            <span class="namens-acting-for__detail namens-acting-for__reason">${msg("namensActingForLoaTooLow", requiredText, sessionText)}</span>
                        </#if>
                    </span>
                </div>
            </#list>
            <#if actingFor.searchActive && !actingFor.options?has_content>
                <p id="namens-acting-for-no-results" class="utrecht-paragraph namens-acting-for__no-results">${msg("namensActingForNoResults")}</p>
            </#if>
        </fieldset>

        <div class="${properties.kcFormGroupClass!}">
            <div class="${properties.kcFormActionGroupClass!}">
                <button id="namens-acting-for-submit" type="submit" name="namensAction" value="choose"
                        class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("namensActingForSubmit")}</button>
                <#if !actingFor.selfSelectable>
                    <button id="namens-acting-for-cancel" type="submit" name="namensAction" value="cancel"
                            class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("namensActingForCancel")}</button>
                </#if>
            </div>
        </div>
    </form>

    <#if actingFor.pagingShown && (actingFor.previousAvailable || actingFor.nextAvailable)>
        <nav class="namens-acting-for__paging" aria-label="${msg("namensActingForPagingLabel")}">
            <form id="namens-acting-for-paging" action="${url.loginAction}" method="post" novalidate="novalidate">
                <#if actingFor.previousAvailable>
                    <button id="namens-acting-for-page-previous" type="submit" name="namensAction" value="previous"
                            class="${properties.kcButtonSecondaryClass!} namens-acting-for__page-button">${msg("namensActingForPagePrevious")}</button>
                </#if>
                <#if actingFor.nextAvailable>
                    <button id="namens-acting-for-page-next" type="submit" name="namensAction" value="next"
                            class="${properties.kcButtonSecondaryClass!} namens-acting-for__page-button">${msg("namensActingForPageNext")}</button>
                </#if>
            </form>
        </nav>
    </#if>
    </#if>
</#if>
</@layout.registrationLayout>
