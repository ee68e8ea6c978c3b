<#-- Login page of the broker (realm namens): one link per identity provider, no username or password.
     Rendered by the namens-idp-choice authenticator; "social" is Keycloak's identity provider bean. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true displayInfo=false; section>
    <#if section = "header">
        ${msg("namensIdpChoiceTitle")}
    <#elseif section = "form">
        <!-- template: namens-idp-choice.ftl -->
        <div id="namens-idp-choice" class="namens-idp-choice">
            <p id="namens-idp-choice-intro" class="utrecht-paragraph namens-idp-choice__intro">${msg("namensIdpChoiceIntro")}</p>
            <#if social?? && social.providers?? && social.providers?has_content>
                <ul class="namens-idp-choice__list" aria-labelledby="namens-idp-choice-intro">
                    <#list social.providers as p>
                        <li class="namens-idp-choice__item">
                            <a id="namens-idp-${p.alias}"
                               class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action namens-idp-choice__link namens-idp-choice__link--${p.alias}"
                               href="${p.loginUrl}"<#if p.alias == "digid" || p.alias == "eherkenning"> aria-describedby="namens-idp-hint-${p.alias}"</#if>>
                                <span class="namens-idp-choice__name">${msg("namensIdpChoiceLoginWith", p.displayName)}</span>
                            </a>
                            <#if p.alias == "digid">
                                <p id="namens-idp-hint-digid" class="utrecht-paragraph namens-idp-choice__hint">${msg("namensIdpChoiceHintDigid")}</p>
                            <#elseif p.alias == "eherkenning">
                                <p id="namens-idp-hint-eherkenning" class="utrecht-paragraph namens-idp-choice__hint">${msg("namensIdpChoiceHintEherkenning")}</p>
                            </#if>
                        </li>
                    </#list>
                </ul>
            <#else>
                <p id="namens-idp-choice-none" class="utrecht-alert utrecht-alert--info namens-idp-choice__none" role="status">${msg("namensIdpChoiceNone")}</p>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
