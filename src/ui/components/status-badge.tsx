import type { Status } from '../../core/claims/status.ts'
import { t, type MessageKey } from '../../shared/i18n.ts'

export function statusLabel(status: Status): string {
  return t(`status_${status.replace('-', '_')}` as MessageKey)
}

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span class="status" data-status={status}>
      {statusLabel(status)}
    </span>
  )
}
