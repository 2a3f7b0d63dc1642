/**
 * L2-regularised logistic regression by Newton's method, with an optional prior mean for the
 * weights: a per-language model is pulled toward the model of both languages rather than toward
 * zero, so German, with fewer labelled sentences, borrows strength from English. Written here
 * because that penalty is the point and no small, maintained library offers it. Build-time only.
 */

export interface Example {
  x: number[]
  y: 0 | 1
}

export interface Fitted {
  bias: number
  weights: number[]
}

function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length
  const a = matrix.map((row, i) => [...row, vector[i] as number])
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let row = col + 1; row < n; row++) if (Math.abs((a[row] as number[])[col] as number) > Math.abs((a[pivot] as number[])[col] as number)) pivot = row
    ;[a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]]
    const head = a[col] as number[]
    const diagonal = head[col] as number
    if (Math.abs(diagonal) < 1e-12) continue
    for (let row = 0; row < n; row++) {
      if (row === col) continue
      const line = a[row] as number[]
      const factor = (line[col] as number) / diagonal
      if (factor === 0) continue
      for (let k = col; k <= n; k++) line[k] = (line[k] as number) - factor * (head[k] as number)
    }
  }
  return a.map((row, i) => (Math.abs(row[i] as number) < 1e-12 ? 0 : (row[n] as number) / (row[i] as number)))
}

/**
 * Minimises the log loss plus lambda·|w − prior|² (the bias is not penalised). `prior` defaults to
 * zero weights.
 */
export function fitLogistic(examples: readonly Example[], lambda: number, prior?: Fitted): Fitted {
  const dims = (examples[0]?.x.length ?? 0) + 1
  const target = prior ? [prior.bias, ...prior.weights] : new Array<number>(dims).fill(0)
  let theta = [...target]
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(dims).fill(0)
    const hessian = Array.from({ length: dims }, () => new Array<number>(dims).fill(0))
    for (const { x, y } of examples) {
      const row = [1, ...x]
      let z = 0
      for (let i = 0; i < dims; i++) z += (theta[i] as number) * (row[i] as number)
      const p = 1 / (1 + Math.exp(-z))
      const w = Math.max(p * (1 - p), 1e-9)
      for (let i = 0; i < dims; i++) {
        gradient[i] = (gradient[i] as number) + (p - y) * (row[i] as number)
        const hi = hessian[i] as number[]
        for (let j = 0; j < dims; j++) hi[j] = (hi[j] as number) + w * (row[i] as number) * (row[j] as number)
      }
    }
    for (let i = 1; i < dims; i++) {
      gradient[i] = (gradient[i] as number) + 2 * lambda * ((theta[i] as number) - (target[i] as number))
      const hi = hessian[i] as number[]
      hi[i] = (hi[i] as number) + 2 * lambda
    }
    // A light pull on the bias keeps separable data from running off to infinity.
    gradient[0] = (gradient[0] as number) + 0.02 * ((theta[0] as number) - (target[0] as number))
    ;(hessian[0] as number[])[0] = ((hessian[0] as number[])[0] as number) + 0.02
    const step = solve(hessian, gradient)
    theta = theta.map((value, i) => value - (step[i] as number))
    if (step.reduce((sum, value) => sum + Math.abs(value), 0) < 1e-8) break
  }
  return { bias: theta[0] as number, weights: theta.slice(1) }
}

export function predict(model: Fitted, x: readonly number[]): number {
  let z = model.bias
  for (let i = 0; i < model.weights.length; i++) z += (model.weights[i] as number) * (x[i] ?? 0)
  return 1 / (1 + Math.exp(-z))
}
