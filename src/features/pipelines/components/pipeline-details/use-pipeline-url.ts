import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import {
  parsePipelineTab,
  PIPELINE_DETAIL_PARAMS,
  type PipelineTab,
} from '../../model/pipeline-detail.ts';

export interface PipelineUrlState {
  /** `?version=`; null = the latest. */
  readonly version: string | null;
  readonly tab: PipelineTab;
  readonly node: string | undefined;
  readonly setVersion: (versionId: string | undefined) => void;
  readonly setTab: (tab: PipelineTab) => void;
  readonly setNode: (nodeId: string | undefined) => void;
  /** The current search with another version selected (for links). */
  readonly searchWithVersion: (versionId: string) => string;
}

function withVersion(prev: URLSearchParams, versionId: string | undefined): URLSearchParams {
  const next = new URLSearchParams(prev);
  // A node id belongs to one version's graph.
  next.delete(PIPELINE_DETAIL_PARAMS.node);
  if (versionId === undefined) next.delete(PIPELINE_DETAIL_PARAMS.version);
  else next.set(PIPELINE_DETAIL_PARAMS.version, versionId);
  return next;
}

/** The pipeline page's state in the URL: `?version=&tab=&node=`. Nothing is copied into component state. */
export function usePipelineUrl(): PipelineUrlState {
  const [params, setParams] = useSearchParams();
  const setVersion = useCallback(
    (versionId: string | undefined) => setParams((prev) => withVersion(prev, versionId)),
    [setParams],
  );
  const setTab = useCallback(
    (tab: PipelineTab) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (tab === 'graph') next.delete(PIPELINE_DETAIL_PARAMS.tab);
        else next.set(PIPELINE_DETAIL_PARAMS.tab, tab);
        return next;
      }),
    [setParams],
  );
  const setNode = useCallback(
    (nodeId: string | undefined) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (nodeId === undefined) next.delete(PIPELINE_DETAIL_PARAMS.node);
        else next.set(PIPELINE_DETAIL_PARAMS.node, nodeId);
        return next;
      }),
    [setParams],
  );
  return {
    version: params.get(PIPELINE_DETAIL_PARAMS.version),
    tab: parsePipelineTab(params.get(PIPELINE_DETAIL_PARAMS.tab)),
    node: params.get(PIPELINE_DETAIL_PARAMS.node) ?? undefined,
    setVersion,
    setTab,
    setNode,
    searchWithVersion: (versionId) => `?${withVersion(params, versionId).toString()}`,
  };
}
