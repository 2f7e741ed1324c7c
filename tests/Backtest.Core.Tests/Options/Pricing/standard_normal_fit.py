"""Fits the coefficients of StandardNormal.CdfAndPdf (src/Backtest.Core/Options/Pricing/StandardNormal.cs).

Run with python3 and mpmath (tested with mpmath 1.3.0): prints the coefficients and the largest relative error of the
double-precision evaluation, emulated as the C# code does it, against mpmath's ncdf over [-37.5, 8.3].

Phi(-t) = phi(t) R(t), R the Mills ratio.
  t <= 8: R = P(t) / Q(t), degrees (8, 8), a least-squares fit of the relative error on Chebyshev points, reweighted by the
          previous denominator until it settles (Sanathanan-Koerner iteration).
  t > 8:  R = G(1/t^2) / t, G a degree-10 Chebyshev fit (mpmath.chebyfit).
"""
import math
import random

import mpmath as mp

mp.mp.dps = 50


def mills(t):
    t = mp.mpf(t)
    return mp.erfc(t / mp.sqrt(2)) / 2 / (mp.exp(-t * t / 2) / mp.sqrt(2 * mp.pi))


def rational_fit(f, a, b, m, n, iterations=12):
    count = 6 * (m + n + 2)
    xs = [(a + b) / 2 + (b - a) / 2 * mp.cos(mp.pi * (i + mp.mpf(0.5)) / count) for i in range(count)]
    fs = [f(x) for x in xs]
    previous = [mp.mpf(1)] * count
    for _ in range(iterations):
        A = mp.matrix(count, m + 1 + n)
        rhs = mp.matrix(count, 1)
        for i, (x, fx) in enumerate(zip(xs, fs)):
            weight = 1 / (fx * previous[i])
            for k in range(m + 1):
                A[i, k] = x ** k * weight
            for k in range(1, n + 1):
                A[i, m + k] = -fx * x ** k * weight
            rhs[i] = fx * weight
        solution = mp.qr_solve(A, rhs)[0]
        p = [solution[k] for k in range(m + 1)]
        q = [mp.mpf(1)] + [solution[m + k] for k in range(1, n + 1)]
        previous = [mp.polyval(q[::-1], x) for x in xs]
    return p, q


def tail_g(s):
    t = 1 / mp.sqrt(s)
    return t * mills(t)


p, q = rational_fit(mills, mp.mpf(0), mp.mpf(8), 8, 8)
g, _ = mp.chebyfit(tail_g, [mp.mpf(10) ** -40, 1 / mp.mpf(8) ** 2], 11, error=True)
P = [float(c) for c in p]  # lowest degree first
Q = [float(c) for c in q]
G = [float(c) for c in g]  # highest degree first
INVERSE_SQRT_TWO_PI = 0.39894228040143267794


def estrin(c, t):
    t2 = t * t
    t4 = t2 * t2
    t8 = t4 * t4
    return ((c[0] + c[1] * t) + t2 * (c[2] + c[3] * t)) + t4 * ((c[4] + c[5] * t) + t2 * (c[6] + c[7] * t)) + t8 * c[8]


def cdf(x):
    t = abs(x)
    high = t * t
    low = float(mp.mpf(t) * mp.mpf(t) - mp.mpf(high))  # what the fused multiply-add gives
    pdf = INVERSE_SQRT_TWO_PI * math.exp(-0.5 * high) * (1 - 0.5 * low)
    if t <= 8:
        ratio = estrin(P, t) / estrin(Q, t)
    else:
        s = 1 / high
        value = 0.0
        for c in G:
            value = value * s + c
        ratio = value / t
    tail = pdf * ratio
    return tail if x < 0 else 1 - tail


random.seed(2)
points = [-37.5 + 45.8 * i / 40000 for i in range(40001)] + [random.uniform(-1, 1) for _ in range(4000)]
worst = max(abs((mp.mpf(cdf(x)) - mp.ncdf(x)) / mp.ncdf(x)) for x in points)
print("P (lowest first):", P)
print("Q (lowest first):", Q)
print("G (highest first):", G)
print("largest relative error over [-37.5, 8.3]:", mp.nstr(worst, 3))
