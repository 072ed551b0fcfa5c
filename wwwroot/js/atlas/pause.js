// A pause between steps of work, so a slow phone never sees one long task: the browser answers input and paints
// in between (scheduler.yield where there is one, a task of its own elsewhere).
export const pause = () => (window.scheduler?.yield ? window.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));
