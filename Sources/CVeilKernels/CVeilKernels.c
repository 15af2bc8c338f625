#include "CVeilKernels.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define VEIL_X86 1
#endif

// Panel width (columns of W per packed panel) and rows of x per register block: 6 rows × 16 columns is twelve
// 8-float accumulators, two converted weight vectors and one broadcast, 15 of AVX2's 16 vector registers.
enum { NR = VEIL_F16_PANEL_WIDTH, MR = 6 };

// Above this many rows a product converts each panel to f32 once into a scratch buffer, so the row blocks after the
// first read floats instead of converting the same halves again (conversion shares the FMA ports).
enum { CONVERT_PANEL_ABOVE_ROWS = 2 * MR };

size_t veil_f16_packed_count(int k, int n) {
    if (k <= 0 || n <= 0) return 0;
    return (size_t)k * (size_t)((n + NR - 1) / NR) * NR;
}

void veil_f16_pack(const uint16_t *w, int n, int k, uint16_t *packed) {
    if (k <= 0 || n <= 0) return;
    int panels = (n + NR - 1) / NR;
    for (int p = 0; p < panels; p++) {
        uint16_t *panel = packed + (size_t)p * (size_t)k * NR;
        for (int kk = 0; kk < k; kk++) {
            for (int j = 0; j < NR; j++) {
                int col = p * NR + j;
                panel[(size_t)kk * NR + j] = col < n ? w[(size_t)col * (size_t)k + (size_t)kk] : 0;
            }
        }
    }
}

// MARK: - Conversions

float veil_f16_to_f32_portable(uint16_t half) {
    uint32_t sign = (uint32_t)(half & 0x8000u) << 16;
    uint32_t exponent = (half >> 10) & 0x1Fu;
    uint32_t mantissa = half & 0x3FFu;
    uint32_t bits;
    if (exponent == 0) {
        if (mantissa == 0) {
            bits = sign;
        } else {
            // Subnormal: mantissa · 2⁻²⁴. Shift the leading one up to the implicit bit; each shift halves the scale.
            uint32_t shifts = 0;
            while ((mantissa & 0x400u) == 0) {
                mantissa <<= 1;
                shifts++;
            }
            bits = sign | ((113u - shifts) << 23) | ((mantissa & 0x3FFu) << 13);
        }
    } else if (exponent == 31) {
        // Infinity, or NaN made quiet with its payload kept, as F16C and Swift's Float(Float16) do.
        bits = sign | 0x7F800000u | (mantissa << 13) | (mantissa != 0 ? 0x400000u : 0);
    } else {
        bits = sign | ((exponent + 112u) << 23) | (mantissa << 13);
    }
    float value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

uint16_t veil_f32_to_f16_portable(float value) {
    uint32_t bits;
    memcpy(&bits, &value, sizeof bits);
    uint16_t sign = (uint16_t)((bits >> 16) & 0x8000u);
    uint32_t magnitude = bits & 0x7FFFFFFFu;
    if (magnitude >= 0x7F800000u) {
        if (magnitude == 0x7F800000u) return sign | 0x7C00u;
        return (uint16_t)(sign | 0x7E00u | ((magnitude >> 13) & 0x3FFu));  // quiet NaN, payload truncated
    }
    if (magnitude >= 0x477FF000u) return sign | 0x7C00u;  // 65520 and above round to infinity
    if (magnitude < 0x38800000u) {
        // Below 2⁻¹⁴: a subnormal half (or zero), counted in units of 2⁻²⁴.
        uint32_t exponent = magnitude >> 23;
        if (exponent < 102) return sign;  // below 2⁻²⁵: rounds to zero
        uint32_t significand = (magnitude & 0x7FFFFFu) | 0x800000u;
        uint32_t shift = 126 - exponent;  // 14 ... 24
        uint32_t result = significand >> shift;
        uint32_t remainder = significand & ((1u << shift) - 1);
        uint32_t halfway = 1u << (shift - 1);
        if (remainder > halfway || (remainder == halfway && (result & 1u))) result++;
        return (uint16_t)(sign | result);
    }
    uint32_t result = (magnitude - 0x38000000u) >> 13;  // rebias 127 → 15
    uint32_t remainder = magnitude & 0x1FFFu;
    if (remainder > 0x1000u || (remainder == 0x1000u && (result & 1u))) result++;
    return (uint16_t)(sign | result);
}

void veil_f32_to_f16(const void *src, uint16_t *dst, size_t count) {
    const unsigned char *bytes = (const unsigned char *)src;
    for (size_t i = 0; i < count; i++) {
        float value;
        memcpy(&value, bytes + i * sizeof(float), sizeof value);
        dst[i] = veil_f32_to_f16_portable(value);
    }
}

// MARK: - Portable product

void veil_gemm_f32_f16_portable(
    const float *x, const uint16_t *packed, const float *bias, float *y, int rows, int k, int n) {
    if (rows <= 0 || n <= 0) return;
    int panels = (n + NR - 1) / NR;
    for (int p = 0; p < panels; p++) {
        const uint16_t *panel = packed + (size_t)p * (size_t)(k > 0 ? k : 0) * NR;
        int col = p * NR;
        int width = n - col < NR ? n - col : NR;
        for (int r = 0; r < rows; r += MR) {
            int mr = rows - r < MR ? rows - r : MR;
            float acc[MR][NR];
            memset(acc, 0, sizeof acc);
            for (int kk = 0; kk < k; kk++) {
                float w[NR];
                for (int j = 0; j < NR; j++) w[j] = veil_f16_to_f32_portable(panel[(size_t)kk * NR + j]);
                for (int i = 0; i < mr; i++) {
                    float xv = x[(size_t)(r + i) * (size_t)k + (size_t)kk];
                    for (int j = 0; j < NR; j++) acc[i][j] += xv * w[j];
                }
            }
            for (int i = 0; i < mr; i++) {
                float *out = y + (size_t)(r + i) * (size_t)n + (size_t)col;
                for (int j = 0; j < width; j++) out[j] = acc[i][j] + (bias ? bias[col + j] : 0.0f);
            }
        }
    }
}

// MARK: - AVX2 / FMA / F16C product

#ifdef VEIL_X86
#define VEIL_AVX2 __attribute__((target("avx2,fma,f16c")))

// One register block: `mr` rows of x against one 16-column panel, `half` telling whether the panel holds fp16 (each
// 8-half chunk converted once per k step and used by all `mr` rows) or f32 (converted beforehand). Both are
// compile-time constants at every call, so the loops over rows unroll and the accumulators stay in registers.
static inline __attribute__((always_inline)) VEIL_AVX2 void avx2_block(
    const int mr, const int half, const float *x, int k, const void *panel, const float *bias, float *y, int n,
    int col, int width) {
    __m256 low[MR];
    __m256 high[MR];
    const float *row[MR];
    for (int i = 0; i < mr; i++) {
        low[i] = _mm256_setzero_ps();
        high[i] = _mm256_setzero_ps();
        row[i] = x + (size_t)i * (size_t)k;
    }
    for (int kk = 0; kk < k; kk++) {
        __m256 w0;
        __m256 w1;
        if (half) {
            const uint16_t *h = (const uint16_t *)panel + (size_t)kk * NR;
            w0 = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)h));
            w1 = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(h + 8)));
        } else {
            const float *f = (const float *)panel + (size_t)kk * NR;
            w0 = _mm256_loadu_ps(f);
            w1 = _mm256_loadu_ps(f + 8);
        }
        for (int i = 0; i < mr; i++) {
            __m256 xv = _mm256_broadcast_ss(row[i] + kk);
            low[i] = _mm256_fmadd_ps(xv, w0, low[i]);
            high[i] = _mm256_fmadd_ps(xv, w1, high[i]);
        }
    }
    __m256 b0 = _mm256_setzero_ps();
    __m256 b1 = _mm256_setzero_ps();
    if (bias) {
        if (width == NR) {
            b0 = _mm256_loadu_ps(bias + col);
            b1 = _mm256_loadu_ps(bias + col + 8);
        } else {
            float padded[NR] = {0};
            memcpy(padded, bias + col, (size_t)width * sizeof(float));
            b0 = _mm256_loadu_ps(padded);
            b1 = _mm256_loadu_ps(padded + 8);
        }
    }
    for (int i = 0; i < mr; i++) {
        float *out = y + (size_t)i * (size_t)n + (size_t)col;
        __m256 r0 = _mm256_add_ps(low[i], b0);
        __m256 r1 = _mm256_add_ps(high[i], b1);
        if (width == NR) {
            _mm256_storeu_ps(out, r0);
            _mm256_storeu_ps(out + 8, r1);
        } else {
            float padded[NR];
            _mm256_storeu_ps(padded, r0);
            _mm256_storeu_ps(padded + 8, r1);
            memcpy(out, padded, (size_t)width * sizeof(float));
        }
    }
}

#define VEIL_AVX2_PANEL(name, half)                                                                                   \
    static VEIL_AVX2 void name(                                                                                       \
        const float *x, int rows, int k, const void *panel, const float *bias, float *y, int n, int col, int width) { \
        int r = 0;                                                                                                    \
        for (; r + MR <= rows; r += MR)                                                                               \
            avx2_block(MR, half, x + (size_t)r * (size_t)k, k, panel, bias, y + (size_t)r * (size_t)n, n, col, width); \
        const float *xr = x + (size_t)r * (size_t)k;                                                                  \
        float *yr = y + (size_t)r * (size_t)n;                                                                        \
        switch (rows - r) {                                                                                           \
        case 5: avx2_block(5, half, xr, k, panel, bias, yr, n, col, width); break;                                    \
        case 4: avx2_block(4, half, xr, k, panel, bias, yr, n, col, width); break;                                    \
        case 3: avx2_block(3, half, xr, k, panel, bias, yr, n, col, width); break;                                    \
        case 2: avx2_block(2, half, xr, k, panel, bias, yr, n, col, width); break;                                    \
        case 1: avx2_block(1, half, xr, k, panel, bias, yr, n, col, width); break;                                    \
        default: break;                                                                                               \
        }                                                                                                             \
    }

VEIL_AVX2_PANEL(avx2_panel_half, 1)
VEIL_AVX2_PANEL(avx2_panel_float, 0)

static VEIL_AVX2 void avx2_convert(const uint16_t *src, float *dst, size_t count) {
    size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        _mm256_storeu_ps(dst + i, _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(src + i))));
    }
    for (; i < count; i++) dst[i] = veil_f16_to_f32_portable(src[i]);
}

static VEIL_AVX2 void avx2_gemm(
    const float *x, const uint16_t *packed, const float *bias, float *y, int rows, int k, int n) {
    int panels = (n + NR - 1) / NR;
    size_t panelCount = (size_t)k * NR;
    float *converted = rows > CONVERT_PANEL_ABOVE_ROWS ? malloc(panelCount * sizeof(float)) : NULL;
    for (int p = 0; p < panels; p++) {
        const uint16_t *panel = packed + (size_t)p * panelCount;
        int col = p * NR;
        int width = n - col < NR ? n - col : NR;
        if (converted) {
            avx2_convert(panel, converted, panelCount);
            avx2_panel_float(x, rows, k, converted, bias, y, n, col, width);
        } else {
            avx2_panel_half(x, rows, k, panel, bias, y, n, col, width);
        }
    }
    free(converted);
}
#endif

// MARK: - Dispatch

// 0: not yet checked, 1: portable, 2: AVX2 + FMA + F16C. Concurrent first calls compute the same answer.
static atomic_int kernelChoice = 0;

int veil_f16_kernel_is_avx2(void) {
    int choice = atomic_load_explicit(&kernelChoice, memory_order_relaxed);
    if (choice == 0) {
        choice = 1;
#ifdef VEIL_X86
        __builtin_cpu_init();
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("f16c")) {
            choice = 2;
        }
#endif
        atomic_store_explicit(&kernelChoice, choice, memory_order_relaxed);
    }
    return choice == 2;
}

void veil_gemm_f32_f16(const float *x, const uint16_t *packed, const float *bias, float *y, int rows, int k, int n) {
    if (rows <= 0 || n <= 0) return;
#ifdef VEIL_X86
    if (k > 0 && veil_f16_kernel_is_avx2()) {
        avx2_gemm(x, packed, bias, y, rows, k, n);
        return;
    }
#endif
    veil_gemm_f32_f16_portable(x, packed, bias, y, rows, k, n);
}

void veil_f16_to_f32(const uint16_t *src, float *dst, size_t count) {
#ifdef VEIL_X86
    if (veil_f16_kernel_is_avx2()) {
        avx2_convert(src, dst, count);
        return;
    }
#endif
    for (size_t i = 0; i < count; i++) dst[i] = veil_f16_to_f32_portable(src[i]);
}
