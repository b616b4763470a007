import type { Request, Response } from "express";

export type Handler = (req: Request<Record<string, string>>) => Promise<unknown>;

/** Wraps an async handler: its result becomes the JSON body, its error goes to the error handler. */
export const respond =
  (handler: Handler, status = 200) =>
  (req: Request<Record<string, string>>, res: Response, next: (error: unknown) => void) => {
    handler(req)
      .then((body) => res.status(status).json(body))
      .catch(next);
  };
