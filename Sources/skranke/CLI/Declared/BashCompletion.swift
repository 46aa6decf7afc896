/// `skranke help --completion`: bash completion made from the
/// declarations. It completes a command's words, then its options
/// (`--` and Tab), an option's value when it is a file or a choice, and an
/// argument's choices (`import` Tab: the kinds).
enum BashCompletion {
  /// Options whose value is a path: bash offers files for them.
  static let paths: Set<String> = ["--db", "--out", "--html", "--csv", "--erasures"]

  static var script: String {
    let specs = CommandResolver.all
    let commands = specs.map { "\"" + $0.path.joined(separator: " ") + "\"" }.joined(
      separator: " ")
    let valued = CommandResolver.valued.sorted().joined(separator: " ")
    var options = ""
    var arguments = ""
    for spec in specs {
      let key = spec.path.joined(separator: " ")
      options += "    \"\(key)\") echo \"\(spec.options.map(\.name).joined(separator: " "))\" ;;\n"
      for (index, argument) in spec.arguments.enumerated() {
        let words =
          argument.choices.isEmpty
          ? (argument.name.english == "FILE" ? "@files" : "")
          : argument.choices.joined(separator: " ")
        guard !words.isEmpty else { continue }
        arguments += "    \"\(key):\(index)\") echo \"\(words)\" ;;\n"
      }
    }
    return """
      # bash completion for skranke, made by `skranke help --completion`
      # from the same declarations as `skranke --help`.
      _skranke_options() {
        case "$1" in
      \(options)  esac
      }
      _skranke_arguments() {
        case "$1" in
      \(arguments)  esac
      }
      _skranke() {
        local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
        local valued=" \(valued) "
        local commands=(\(commands))
        local words=() i w skip=0
        for ((i = 1; i < COMP_CWORD; i++)); do
          w="${COMP_WORDS[i]}"
          if [ "$skip" = 1 ]; then skip=0; continue; fi
          case "$w" in
            --*=*) ;;
            -*) [[ "$valued" == *" $w "* ]] && skip=1 ;;
            *) words+=("$w") ;;
          esac
        done
        COMPREPLY=()
        if [[ "$valued" == *" $prev "* ]]; then
          case "$prev" in
            \(paths.sorted().joined(separator: "|"))) COMPREPLY=($(compgen -f -- "$cur")) ;;
          esac
          return 0
        fi
        local said="${words[*]}" command="" c
        for c in "${commands[@]}"; do
          if [[ -z "$c" || "$said" == "$c" || "$said" == "$c "* ]] && [ ${#c} -ge ${#command} ]; then
            command="$c"
          fi
        done
        if [[ "$cur" == -* ]]; then
          COMPREPLY=($(compgen -W "$(_skranke_options "$command")" -- "$cur"))
          return 0
        fi
        local next="" rest
        for c in "${commands[@]}"; do
          [ -z "$c" ] && continue
          if [ -z "$said" ]; then rest="$c"
          elif [[ "$c" == "$said "* ]]; then rest="${c#"$said "}"
          else continue; fi
          next+=" ${rest%% *}"
        done
        local taken=${#words[@]}
        [ -n "$command" ] && taken=$((taken - $(wc -w <<<"$command")))
        local choices
        choices="$(_skranke_arguments "$command:$taken")"
        if [ "$choices" = "@files" ]; then
          COMPREPLY=($(compgen -f -- "$cur"))
        else
          COMPREPLY=($(compgen -W "$next $choices" -- "$cur"))
        fi
        return 0
      }
      complete -F _skranke skranke

      """
  }
}
