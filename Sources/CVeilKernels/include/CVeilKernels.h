#ifndef C_VEIL_KERNELS_H
#define C_VEIL_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// Columns per panel of a packed fp16 weight matrix (see `veil_f16_pack`).
#define VEIL_F16_PANEL_WIDTH 16

/// The number of `uint16_t` a `k × n` weight matrix occupies once packed: `n` rounded up to whole panels of
/// `VEIL_F16_PANEL_WIDTH` columns, times `k`.
size_t veil_f16_packed_count(int k, int n);

/// Packs a weight matrix of IEEE fp16 values for `veil_gemm_f32_f16`.
///
/// `w` holds `n` rows of `k` halves (`[out × in]`, the layout of a PyTorch `Linear` weight). `packed` receives
/// `veil_f16_packed_count(k, n)` halves: the columns of `Wᵀ` (`[k × n]`) in panels of `VEIL_F16_PANEL_WIDTH`, each
/// panel `k` rows of 16 contiguous halves, the last panel padded with zeros. A product then reads every panel as one
/// sequential stream.
void veil_f16_pack(const uint16_t *w, int n, int k, uint16_t *packed);

/// `y[rows × n] = x[rows × k] · W[k × n] + bias`, with `W` in fp16 packed by `veil_f16_pack` and everything else f32.
///
/// `x` and `y` are row-major with leading dimensions `k` and `n`; `bias` (`n` floats) may be NULL. Uses the
/// AVX2/FMA/F16C kernel when the CPU has all three (checked at run time), else `veil_gemm_f32_f16_portable`.
/// Reentrant: it keeps no state between calls.
void veil_gemm_f32_f16(const float *x, const uint16_t *packed, const float *bias, float *y, int rows, int k, int n);

/// The same product as `veil_gemm_f32_f16` in portable C, whatever the CPU (for tests and other architectures).
void veil_gemm_f32_f16_portable(
    const float *x, const uint16_t *packed, const float *bias, float *y, int rows, int k, int n);

/// 1 when `veil_gemm_f32_f16` runs the AVX2/FMA/F16C kernel on this CPU, 0 when it runs the portable one.
int veil_f16_kernel_is_avx2(void);

/// Converts `count` fp16 values to f32 (exact: every half, subnormals included, is a float), with F16C when the CPU
/// has it; the result is bit for bit that of `veil_f16_to_f32_portable`.
void veil_f16_to_f32(const uint16_t *src, float *dst, size_t count);

/// One fp16 value to f32 in portable C: exact for every bit pattern; NaNs keep their sign and payload and become
/// quiet (as with F16C and Swift's `Float(Float16)`).
float veil_f16_to_f32_portable(uint16_t half);

/// One f32 value to fp16, rounding to nearest even; overflow gives infinity, NaNs stay NaN (quiet).
uint16_t veil_f32_to_f16_portable(float value);

/// Converts `count` little-endian f32 values at `src` (any alignment) to fp16 with `veil_f32_to_f16_portable`.
void veil_f32_to_f16(const void *src, uint16_t *dst, size_t count);

#endif
