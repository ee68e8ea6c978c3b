<#-- "A higher level of assurance is needed" — page of the namens-loa-gate authenticator when a login did not
     reach the level of assurance the service or the client asks (and a step-up at the identity provider did not
     reach it either). No way to continue: the only button returns to the service, which gets
     error=unmet_authentication_requirements (OIDC). Bean "loaUnmet" (nl.namens.keycloak.loa.LoaUnmetPage). -->
<#import "template.ftl" as layout>
<#import "namens-attempted-username.ftl" as attempted>
<#assign username = attempted.username in layout>
<@layout.registrationLayout displayMessage=false; section>
<#if section = "header">
    ${msg("namensLoaUnmetTitle")}
<#elseif section = "form">
    <#assign requiredText = msg("namensActingForLoa_" + loaUnmet.required)>
    <#if loaUnmet.reached??>
        <#assign reachedText = msg("namensActingForLoa_" + loaUnmet.reached)>
    <#else>
        <#assign reachedText = msg("namensActingForLoaUnknown")>
    </#if>
    <div id="namens-loa-unmet" class="namens-loa-unmet" data-required="${loaUnmet.required}" data-reached="${loaUnmet.reached!''}">
        <p id="namens-loa-unmet-text" class="utrecht-paragraph utrecht-paragraph--lead namens-loa-unmet__text">${msg("namensLoaUnmetText", requiredText, reachedText)}</p>
        <p id="namens-loa-unmet-how" class="utrecht-paragraph namens-loa-unmet__how">${msg("namensLoaUnmetHow")}</p>
        <form id="namens-loa-unmet-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormActionGroupClass!}">
                    <button id="namens-loa-unmet-back" type="submit" name="namensAction" value="back"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}"
                            aria-describedby="namens-loa-unmet-back-hint">${msg("namensLoaUnmetBack")}</button>
                    <p id="namens-loa-unmet-back-hint" class="utrecht-form-field-description namens-loa-unmet__hint">${msg("namensLoaUnmetBackHint")}</p>
                </div>
            </div>
        </form>
    </div>
</#if>
</@layout.registrationLayout>
