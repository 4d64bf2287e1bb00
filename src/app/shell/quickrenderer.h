#pragma once

namespace zkgrad {

/**
 * Picks Qt Quick's software renderer on Linux machines without a GPU (no DRM render node),
 * where OpenGL would be Mesa's llvmpipe: slower to start and about 100 MB heavier. Call
 * before the first window; QT_QUICK_BACKEND / QSG_RHI_BACKEND set by the user win.
 */
void chooseQuickRenderer();

} // namespace zkgrad
