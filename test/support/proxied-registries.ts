// Two real registries, each behind a counting fault proxy: the set-up of tests that read a copy's order from the
// requests the proxies saw (and hold chosen ones back with rules).
import { after, before } from 'node:test';
import { startFaultProxy, type FaultProxy } from './fault-proxy.ts';
import { startRegistry, type RegistryHandle } from './registry.ts';

export interface ProxiedRegistries {
  a: RegistryHandle;
  b: RegistryHandle;
  /** In front of a. */
  source: FaultProxy;
  /** In front of b. */
  target: FaultProxy;
}

/** Started before the suite's tests and stopped after them; read the fields inside tests (they are set by then). */
export function proxiedRegistries(): ProxiedRegistries {
  const handles = {} as ProxiedRegistries;
  before(async () => {
    [handles.a, handles.b] = await Promise.all([startRegistry(), startRegistry()]);
    [handles.source, handles.target] = await Promise.all([startFaultProxy(handles.a), startFaultProxy(handles.b)]);
  });
  after(async () => {
    await Promise.all([handles.source?.stop(), handles.target?.stop()]);
    await Promise.all([handles.a?.stop(), handles.b?.stop()]);
  });
  return handles;
}
