package nl.namens.register.portal;

import io.quarkus.qute.TemplateData;
import nl.namens.register.legal.LegalBasis;
import nl.namens.register.legal.LegalRelationView;
import nl.namens.register.legal.NewSurvivorMandate;
import nl.namens.register.legal.SurvivorMandateView;
import nl.namens.register.mandate.EmployeePolicy;
import nl.namens.register.mandate.HistoryEntry;
import nl.namens.register.mandate.MandateDetails;
import nl.namens.register.mandate.Registered;
import nl.namens.register.outbox.LetterView;
import nl.namens.register.party.PartyView;
import nl.namens.register.service.ServiceRef;
import nl.namens.register.service.ServiceView;
import nl.namens.register.usage.UsageView;

/** Makes the lifecycle's read models readable in the portal's Qute templates (no reflection at run time). */
@TemplateData(target = MandateDetails.class)
@TemplateData(target = HistoryEntry.class)
@TemplateData(target = Registered.class)
@TemplateData(target = EmployeePolicy.class)
@TemplateData(target = LetterView.class)
@TemplateData(target = PartyView.class)
@TemplateData(target = ServiceRef.class)
@TemplateData(target = ServiceView.class)
@TemplateData(target = UsageView.class)
@TemplateData(target = FieldError.class)
@TemplateData(target = StepUp.class)
@TemplateData(target = MandateForm.class)
@TemplateData(target = Views.Me.class)
@TemplateData(target = SurvivorMandateView.class)
@TemplateData(target = NewSurvivorMandate.Evidence.class)
@TemplateData(target = LegalBasis.class)
@TemplateData(target = LegalRelationView.class)
@TemplateData(target = LegalRelationView.Basis.class)
@TemplateData(target = LegalRelationView.Scope.class)
@TemplateData(target = SurvivorForm.class)
@TemplateData(target = SurvivorEndForm.class)
final class TemplateTypes {

  private TemplateTypes() {}
}
