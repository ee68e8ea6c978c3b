<#-- keycloak.v2's "username" macro (template.ftl, Keycloak 26.5.6), with its label tied to its input.
     Keycloak shows the user's (read-only) username above a page once the user is known, as on the acting-for and
     incapacity pages after the broker login; its label says for="username" while the input is
     id="kc-attempted-username", so the input has no accessible name (WCAG 1.3.1, 4.1.2; axe "label", critical).
     A page that imports template.ftl as "layout" puts this macro in its place:
       <#import "namens-attempted-username.ftl" as attempted>
       <#assign username = attempted.username in layout>
     Checked by tests/…/BrokerPagesAccessibilityIT: drop this file when Keycloak's own macro is fixed. -->
<#import "field.ftl" as field>
<#macro username>
  <#assign label>
    <#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if>
  </#assign>
  <@field.group name="kc-attempted-username" label=label>
    <div class="${properties.kcInputGroup}">
      <div class="${properties.kcInputGroupItemClass} ${properties.kcFill}">
        <span class="${properties.kcInputClass} ${properties.kcFormReadOnlyClass}">
          <input id="kc-attempted-username" value="${auth.attemptedUsername}" readonly>
        </span>
      </div>
      <div class="${properties.kcInputGroupItemClass}">
        <button id="reset-login" class="${properties.kcFormPasswordVisibilityButtonClass} kc-login-tooltip" type="button"
              aria-label="${msg('restartLoginTooltip')}" onclick="location.href='${url.loginRestartFlowUrl}'">
            <i class="fa-sync-alt fas" aria-hidden="true"></i>
            <span class="kc-tooltip-text">${msg("restartLoginTooltip")}</span>
        </button>
      </div>
    </div>
  </@field.group>
</#macro>
