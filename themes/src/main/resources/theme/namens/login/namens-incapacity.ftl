<#-- "You cannot use this service yourself" — page of the namens-acting-for authenticator when the register says
     the person may not act for themselves at this service (curatele, beschermingsbewind, mentorschap) and there
     is nobody they may act for. No way to continue as themselves: the only button ends the login and returns to
     the service (OIDC error=access_denied). Bean "incapacity" (nl.namens.keycloak.actingfor.IncapacityPage). -->
<#import "template.ftl" as layout>
<#import "namens-attempted-username.ftl" as attempted>
<#assign username = attempted.username in layout>
<@layout.registrationLayout displayMessage=false; section>
<#if section = "header">
    ${msg("namensIncapacityTitle")}
<#elseif section = "form">
    <#assign reasonKey = "namensIncapacityReason_" + incapacity.reason>
    <#assign reasonText = msg(reasonKey)>
    <#if reasonText == reasonKey><#assign reasonText = msg("namensIncapacityReason")></#if>
    <div id="namens-incapacity" class="namens-incapacity" data-reason="${incapacity.reason}">
        <p id="namens-incapacity-reason" class="utrecht-paragraph utrecht-paragraph--lead namens-incapacity__reason">${reasonText}</p>

        <h2 id="namens-incapacity-who" class="utrecht-heading-2 namens-incapacity__heading">${msg("namensIncapacityWhoTitle")}</h2>
        <#if incapacity.representatives?has_content>
            <ul id="namens-incapacity-representatives" class="utrecht-unordered-list namens-incapacity__representatives" aria-labelledby="namens-incapacity-who">
                <#list incapacity.representatives as representative>
                    <#assign roleKey = "namensIncapacityRole_" + representative.kind>
                    <#assign roleText = msg(roleKey)>
                    <#if roleText == roleKey><#assign roleText = msg("namensIncapacityRole")></#if>
                    <li class="utrecht-unordered-list__item namens-incapacity__representative" data-kind="${representative.kind}">
                        <span class="namens-incapacity__name">${representative.displayName}</span>,
                        <span class="namens-incapacity__kind">${roleText}</span>
                    </li>
                </#list>
            </ul>
            <h2 id="namens-incapacity-how-title" class="utrecht-heading-2 namens-incapacity__heading">${msg("namensIncapacityHowTitle")}</h2>
            <p id="namens-incapacity-how" class="utrecht-paragraph namens-incapacity__how">${msg("namensIncapacityHow")}</p>
        <#else>
            <p id="namens-incapacity-none" class="utrecht-paragraph namens-incapacity__none">${msg("namensIncapacityNone")}</p>
        </#if>

        <form id="namens-incapacity-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="namens-incapacity-cancel" type="submit" name="namensAction" value="cancel"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}"
                            aria-describedby="namens-incapacity-cancel-hint">${msg("namensIncapacityCancel")}</button>
                    <p id="namens-incapacity-cancel-hint" class="utrecht-form-field-description namens-incapacity__hint">${msg("namensIncapacityCancelHint")}</p>
                </div>
            </div>
        </form>
    </div>
</#if>
</@layout.registrationLayout>
