// The agreement list's filters, selection and scroll position, kept outside the component so
// that opening an agreement and coming back finds the list as it was left.
import type { AgreementStatus } from '../api';

export const agreementView = $state<{
  status: AgreementStatus | null;
  year: number | null;
  selectedId: number | null;
  scrollTop: number;
}>({ status: null, year: null, selectedId: null, scrollTop: 0 });

export function resetAgreementView(): void {
  agreementView.status = null;
  agreementView.year = null;
  agreementView.selectedId = null;
  agreementView.scrollTop = 0;
}
