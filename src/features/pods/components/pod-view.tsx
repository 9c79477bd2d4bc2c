import type { ReactNode } from 'react';
import { FactsTable, type Fact } from '@/components/facts-table';
import type { K8sPod } from '@/lib/kfp/wire/pod.ts';
import { mainFirst, podHeadline, stateText, stateTone } from '../model/pod-status.ts';
import { resourceRows, volumeRows } from '../model/pod-resources.ts';
import { HeadedTable } from './headed-table.tsx';
import { TimeText } from './time-text.tsx';
import styles from './pods.module.css';

function Facts({ rows }: { readonly rows: readonly Fact[] }) {
  const shown = rows.filter(([, v]) => v !== undefined && v !== '' && v !== null);
  return <FactsTable rows={shown} className={`${styles.table} ${styles.facts}`} />;
}

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section className={styles.section} aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Containers({ pod }: { readonly pod: K8sPod }) {
  const statuses = mainFirst([...pod.initContainerStatuses, ...pod.containerStatuses]);
  if (statuses.length === 0)
    return <p className={styles.muted}>No container has been created yet.</p>;
  return (
    <HeadedTable columns={['Container', 'State', 'Restarts']}>
      {statuses.map((s) => {
        const detail =
          s.state.kind === 'waiting' || s.state.kind === 'terminated' ? s.state.message : undefined;
        return (
          <tr key={s.name}>
            <td>
              {s.name}
              <div className={`${styles.muted} ${styles.mono}`}>{s.image}</div>
            </td>
            <td>
              <span className={styles.tone} data-tone={stateTone(s.state)}>
                {stateText(s.state)}
              </span>
              {detail ? <div className={styles.muted}>{detail}</div> : null}
              {s.lastState.kind === 'terminated' ? (
                <div className={styles.muted}>before: {stateText(s.lastState)}</div>
              ) : null}
            </td>
            <td className={styles.count}>{s.restartCount}</td>
          </tr>
        );
      })}
    </HeadedTable>
  );
}

function Conditions({ pod }: { readonly pod: K8sPod }) {
  if (pod.conditions.length === 0) return <p className={styles.muted}>None reported.</p>;
  return (
    <HeadedTable columns={['Condition', 'Status', 'Since']}>
      {pod.conditions.map((c) => (
        <tr key={c.type}>
          <td>{c.type}</td>
          <td>
            <span className={styles.tone} data-tone={c.status === 'True' ? 'ok' : 'warning'}>
              {c.status}
            </span>
            {c.reason ? ` · ${c.reason}` : ''}
            {c.message ? <div className={styles.muted}>{c.message}</div> : null}
          </td>
          <td className={styles.nowrap}>
            <TimeText value={c.lastTransitionTime} />
          </td>
        </tr>
      ))}
    </HeadedTable>
  );
}

function Resources({ pod }: { readonly pod: K8sPod }) {
  const rows = resourceRows(pod);
  if (rows.length === 0)
    return <p className={styles.muted}>No requests or limits: the pod takes what the node has.</p>;
  return (
    <HeadedTable columns={['Container', 'Resource', 'Request', 'Limit']}>
      {rows.map((r) => (
        <tr key={`${r.container}/${r.resource}`} data-accelerator={r.accelerator || undefined}>
          <td>{r.container}</td>
          <td className={r.accelerator ? styles.tone : undefined} data-tone="warning">
            {r.resource}
          </td>
          <td>{r.request ?? '–'}</td>
          <td>{r.limit ?? '–'}</td>
        </tr>
      ))}
    </HeadedTable>
  );
}

function Volumes({ pod }: { readonly pod: K8sPod }) {
  const rows = volumeRows(pod);
  if (rows.length === 0) return <p className={styles.muted}>No volumes.</p>;
  return (
    <HeadedTable columns={['Volume', 'Source', 'Mounted at', 'Access']}>
      {rows.map((v) => (
        <tr key={`${v.name}@${v.mountPath ?? ''}`} className={v.system ? styles.system : undefined}>
          <td>{v.name}</td>
          <td>{v.claimName !== undefined ? `PVC ${v.claimName}` : v.source}</td>
          <td className={styles.mono}>{v.mountPath ?? '–'}</td>
          <td>{v.readOnly ? 'read-only' : 'read-write'}</td>
        </tr>
      ))}
    </HeadedTable>
  );
}

/** A pod as Kubernetes has it: why it is where it is first, then status, containers, resources and volumes. */
export function PodView({ pod }: { readonly pod: K8sPod }) {
  const headline = podHeadline(pod);
  return (
    <div>
      <div className={styles.headline} data-tone={headline.tone} role="status">
        <p className={styles.headlineTitle}>{headline.title}</p>
        {headline.detail ? <p className={styles.detail}>{headline.detail}</p> : null}
      </div>
      <Section title="Pod">
        <Facts
          rows={[
            ['Name', <span className={styles.mono}>{pod.name}</span>],
            ['Namespace', pod.namespace],
            ['Phase', pod.phase],
            ['Node', pod.nodeName ?? <span className={styles.muted}>not scheduled</span>],
            ['Pod IP', pod.podIP],
            ['Created', <TimeText value={pod.creationTimestamp} />],
            ['Started', pod.startTime ? <TimeText value={pod.startTime} /> : undefined],
            ['QoS class', pod.qosClass],
            ['Service account', pod.serviceAccountName],
          ]}
        />
      </Section>
      <Section title="Containers">
        <Containers pod={pod} />
      </Section>
      <Section title="Conditions">
        <Conditions pod={pod} />
      </Section>
      <Section title="Resources">
        <Resources pod={pod} />
      </Section>
      <Section title="Volumes">
        <Volumes pod={pod} />
      </Section>
    </div>
  );
}
