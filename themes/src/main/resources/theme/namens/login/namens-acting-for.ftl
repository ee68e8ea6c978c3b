<#-- "Who are you acting for?" — page of the namens-acting-for authenticator (nl.namens.keycloak.actingfor). -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
<#if section = "header">
    <#if actingFor.unavailable>${msg("namensActingForUnavailableTitle")}<#else>${msg("namensActingForTitle")}</#if>
<#elseif section = "form">
    <#assign hasError = message?has_content && message.type = "error">
    <#if hasError>
        <div id="namens-acting-for-error-summary" class="${properties.kcAlertClass!} pf-m-danger namens-error-summary"
             role="alert" aria-labelledby="namens-acting-for-error-title" tabindex="-1">
            <h2 id="namens-acting-for-error-title" class="${properties.kcAlertTitleClass!}">${msg("namensActingForErrorSummaryTitle")}</h2>
            <ul class="namens-error-summary__list">
                <li><a href="#namens-acting-for-option-self">${kcSanitize(message.summary)?no_esc}</a></li>
            </ul>
        </div>
        <script type="module">document.getElementById("namens-acting-for-error-summary").focus();</script>
    </#if>

    <form id="namens-acting-for-form" class="${properties.kcFormClass!} namens-acting-for" action="${url.loginAction}" method="post" novalidate="novalidate">
    <#if actingFor.unavailable>
        <div id="namens-register-unavailable" class="${properties.kcAlertClass!} pf-m-warning namens-acting-for__unavailable">
            <p class="${properties.kcAlertTitleClass!}">${msg("namensActingForUnavailable")}</p>
            <p class="${properties.kcAlertDescriptionClass!}">${msg("namensActingForUnavailableHint")}</p>
        </div>
        <input type="hidden" name="actingFor" value="self"/>
        <div class="${properties.kcFormGroupClass!}">
            <div class="${properties.kcFormActionGroupClass!}">
                <button id="namens-acting-for-continue-self" type="submit"
                        class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("namensActingForContinueAsSelf")}</button>
            </div>
        </div>
    <#else>
        <fieldset class="namens-acting-for__options"
                  aria-describedby="namens-acting-for-hint<#if hasError> namens-acting-for-error-summary</#if>">
            <legend class="namens-acting-for__legend">${msg("namensActingForLegend")}</legend>
            <p id="namens-acting-for-hint" class="namens-acting-for__hint">
                <#if actingFor.serviceName?has_content>${msg("namensActingForHintService", actingFor.serviceName)}<#else>${msg("namensActingForHint")}</#if>
            </p>

            <div class="pf-v5-c-radio namens-acting-for__option">
                <input class="pf-v5-c-radio__input" type="radio" name="actingFor" value="self"
                       id="namens-acting-for-option-self" aria-describedby="namens-acting-for-option-self-details"/>
                <label class="pf-v5-c-radio__label" for="namens-acting-for-option-self">${msg("namensActingForSelf")}</label>
                <span class="pf-v5-c-radio__description" id="namens-acting-for-option-self-details">${msg("namensActingForSelfDescription")}</span>
            </div>

            <#list actingFor.options as option>
                <#assign optionId = "namens-acting-for-option-" + option.id>
                <#assign relationKey = "namensActingForRelation_" + option.relation>
                <#assign relationText = msg(relationKey)>
                <div class="pf-v5-c-radio namens-acting-for__option<#if !option.selectable> namens-acting-for__option--disabled</#if>">
                    <input class="pf-v5-c-radio__input" type="radio" name="actingFor" value="${option.value}"
                           id="${optionId}" aria-describedby="${optionId}-details"<#if !option.selectable> disabled="disabled"</#if>/>
                    <label class="pf-v5-c-radio__label" for="${optionId}">${option.displayName}</label>
                    <span class="pf-v5-c-radio__description" id="${optionId}-details">
                        <span class="namens-acting-for__detail">${msg("namensActingForRelation")}: <#if relationText == relationKey>${option.relation}<#else>${relationText}</#if></span>
                        <#if option.intermediary?has_content>
                            <span class="namens-acting-for__detail" data-intermediary="${option.intermediary}">${msg("namensActingForVia", option.intermediary)}</span>
                        </#if>
                        <#if option.services?has_content>
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
        </fieldset>

        <div class="${properties.kcFormGroupClass!}">
            <div class="${properties.kcFormActionGroupClass!}">
                <button id="namens-acting-for-submit" type="submit"
                        class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("namensActingForSubmit")}</button>
            </div>
        </div>
    </#if>
    </form>
</#if>
</@layout.registrationLayout>
