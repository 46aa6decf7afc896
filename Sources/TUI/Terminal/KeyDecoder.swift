import CNcursesW

/// Turns what `get_wch` returns into a `Key`.
enum KeyDecoder {
  static func character(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 0: return nil
    case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
    case 28...31: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .char(Character(scalar))
    }
  }

  static func special(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME, KEY_FIND: return .home  // xterm's terminfo calls ESC [1~ "find"
    case KEY_END, KEY_SELECT: return .end  // and ESC [4~ "select"
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_BTAB: return .backTab
    case KEY_RESIZE: return .resize
    case Int32(SKRANKE_KEY_ALT_LEFT): return .altLeft
    case Int32(SKRANKE_KEY_ALT_RIGHT): return .altRight
    default:
      for n in 1...12 where code == skranke_key_f(Int32(n)) { return .function(n) }
      return nil
    }
  }
}
