/// libFuzzer's entry point for programs that keep their own `main` (LLVM 11 and later).
@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the process's arguments and `callback` as the target.
///
/// SwiftPM on Linux links an executable target with `main` defined as `<Module>_main`, so each target defines that
/// symbol (`@_cdecl("FuzzPII_main")`) and hands over to libFuzzer's driver here, instead of relying on libFuzzer's own
/// `main`, which the linker then never pulls in.
public func runFuzzer(
    argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt {
    var argc = argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return llvmFuzzerRunDriver(&argc, &argv, callback)
}
