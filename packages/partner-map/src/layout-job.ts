import type { NetworkIndex } from './graph.js';
import { complete, EXACT } from './layout.js';
import { placementSteps, type Placement, type Scene } from './scene.js';
import type { MapLayout } from './strings.js';

/** Up to this many actors the layout runs at once; above, in slices that yield to the event loop. */
export const SYNC_LIMIT = 150;
const SLICE_MS = 25;

/** A macrotask: lets the browser handle input and paint between layout slices. */
export const macrotask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Runs `steps` to the end in slices of `SLICE_MS`; undefined when `live()` fails after a pause. */
async function sliced<T>(steps: Generator<void, T, void>, live: () => boolean): Promise<T | undefined> {
  let deadline = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() > deadline) {
      await macrotask();
      if (!live()) return undefined;
      deadline = performance.now() + SLICE_MS;
    }
  }
}

/** What to lay out: the actors (`members`) and relations (`links`) of an index. */
export interface LayoutRequest {
  layout: MapLayout;
  members: number[];
  links: number[];
  /** Names in the document's language, for the labels' rough sizes. */
  names: string[];
  /** The actor of an ego network, -1 for none. */
  focus: number;
}

/** The scene of a placement laid out in slices: its steps, and where to keep the result. */
export interface SceneJob {
  steps: Generator<void, Scene, void>;
  store(scene: Scene): void;
}

export interface LayoutHost {
  /** Whether `index` is still the one shown. */
  live(index: NetworkIndex): boolean;
  /** The scene to build for a placement that was laid out in slices. */
  sceneJob(index: NetworkIndex, placement: Placement): SceneJob;
  /** The placement and its scene are ready: render them. */
  requestUpdate(): void;
}

interface Job {
  key: string;
  index: NetworkIndex;
  placement?: Placement;
  done: Promise<void>;
  /** Still at work: the placement, or the scene after it, is being computed in slices. */
  running: boolean;
}

/**
 * The map's layout job: small force layouts at once, the others (and their scenes) in slices of
 * about 25 ms that yield to the event loop (input, paint), with the sector and place layouts and
 * the quadtree of large networks loaded on demand. A new key or index makes a new job; an old
 * one stops at its next pause.
 */
export class LayoutJobs {
  private job?: Job;

  constructor(private readonly host: LayoutHost) {}

  /** Whether a job is still at work. */
  get running(): boolean {
    return !!this.job?.running;
  }

  /** Settles when the current job is done. */
  get done(): Promise<void> | undefined {
    return this.job?.done;
  }

  /** The placement for `key` over `index`; undefined while it is computed (`request` makes the job). */
  placement(key: string, index: NetworkIndex, request: () => LayoutRequest): Placement | undefined {
    if (this.job?.key === key && this.job.index === index) return this.job.placement;
    const { layout, members, links, names, focus } = request();
    const job: Job = { key, index, done: Promise.resolve(), running: false };
    this.job = job;
    if (members.length <= SYNC_LIMIT && layout === 'force')
      job.placement = complete(placementSteps(index, members, links, layout, names, focus));
    else {
      job.running = true;
      job.done = Promise.all([
        layout === 'force' ? undefined : import('./arrange.js'),
        members.length > EXACT ? import('./quadtree.js') : undefined,
      ])
        .then(([arrange, quadtree]) =>
          this.run(
            job,
            placementSteps(index, members, links, layout, names, focus, {
              arrange,
              tree: quadtree && new quadtree.QuadTree(members.length),
            }),
          ),
        )
        .finally(() => (job.running = false));
    }
    return job.placement;
  }

  private async run(job: Job, steps: Generator<void, Placement, void>): Promise<void> {
    if (this.job !== job) return;
    const placement = await sliced(steps, () => this.job === job);
    if (!placement) return;
    job.placement = placement;
    // The scene in slices of its own, then the render in the next task.
    await macrotask();
    const live = () => this.job === job && this.host.live(job.index);
    if (!live()) return;
    const scene = this.host.sceneJob(job.index, placement);
    const result = await sliced(scene.steps, live);
    if (!result) return;
    scene.store(result);
    await macrotask();
    this.host.requestUpdate();
  }
}
