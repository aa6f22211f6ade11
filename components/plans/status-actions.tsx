import { adoptPlan, reopenPlan, sendToReview } from '@/app/(app)/_actions/plans';
import type { PlanStatus } from '@/lib/generated/prisma/client';
import type { Confirmation } from '@/components/ui/confirm-dialog';
import { ActionForm } from './action-form';

const SEND_CONFIRMATION: Confirmation = {
  title: 'Skicka planen till samverkan?',
  text: 'En version av planen fryses nu: avsnitten, siffrorna och aktiviteterna som de ser ut just nu. Det är den versionen de fackliga ombuden läser och ställer frågor om, och den kan inte ändras i efterhand. Planen blir ”Under samverkan”.',
  confirmLabel: 'Skicka till samverkan',
};

const ADOPT_CONFIRMATION: Confirmation = {
  title: 'Fastställa planen?',
  text: 'Planen fastställs med nämndens beslut nedan och låses för ändringar. Det går inte att ångra: ändringar görs därefter i en ny version av planen. Beslutsdatumet får inte vara före samverkansmötet.',
  confirmLabel: 'Fastställ',
  fields: [
    { name: 'decisionDate', label: 'Beslutsdatum' },
    { name: 'decisionReference', label: 'Beslutsreferens' },
    { name: 'diarienummer', label: 'Diarienummer' },
  ],
};

/** HR's workflow controls for the plan's current status; the two that cannot be undone are confirmed first. */
export function StatusActions({
  orgSlug,
  plan,
}: {
  orgSlug: string;
  plan: { id: string; status: PlanStatus; version: number };
}) {
  const hidden = { org: orgSlug, planId: plan.id, version: plan.version };
  return (
    <section className="card stack no-print" aria-labelledby="arbetsflode">
      <h2 id="arbetsflode">Arbetsflöde</h2>
      {plan.status === 'DRAFT' && (
        <>
          <p>Utkastet kan skickas till samverkan. Då fryses en version som de fackliga ombuden läser.</p>
          <ActionForm
            action={sendToReview}
            hidden={hidden}
            submitLabel="Skicka till samverkan"
            buttonClass="button"
            confirm={SEND_CONFIRMATION}
          />
        </>
      )}
      {plan.status === 'IN_REVIEW' && (
        <ActionForm
          action={adoptPlan}
          hidden={hidden}
          submitLabel="Fastställ"
          buttonClass="button"
          className="stack"
          confirm={ADOPT_CONFIRMATION}
        >
          <p>Fyll i nämndens beslut. Den fastställda planen låses för ändringar.</p>
          <div className="form-field">
            <label htmlFor="decisionDate">Beslutsdatum</label>
            <input id="decisionDate" name="decisionDate" type="date" required />
          </div>
          <div className="form-field">
            <label htmlFor="decisionReference">Beslutsreferens</label>
            <input id="decisionReference" name="decisionReference" type="text" required placeholder="t.ex. § 12" />
          </div>
          <div className="form-field">
            <label htmlFor="diarienummer">Diarienummer</label>
            <input id="diarienummer" name="diarienummer" type="text" required />
          </div>
        </ActionForm>
      )}
      {plan.status === 'ADOPTED' && (
        <>
          <p>Planen är fastställd och kan inte ändras. Öppna en ny version för att arbeta vidare med den.</p>
          <ActionForm action={reopenPlan} hidden={hidden} submitLabel="Öppna ny version" />
        </>
      )}
    </section>
  );
}
