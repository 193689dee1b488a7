//! `flea category ...`: the category tree.

use super::Ctx;
use crate::category::{self as domain, CategoryInput};
use crate::cli::{CategoryArgs, CategoryCommand};
use crate::error::{Error, Result};

pub fn run(ctx: &mut Ctx, cmd: CategoryCommand) -> Result<()> {
    match cmd {
        CategoryCommand::List => {
            let tree = domain::tree(&ctx.conn)?;
            ctx.out.records(&tree)
        }
        CategoryCommand::Add(args) => {
            ctx.admin()?;
            if args.rename.is_some() {
                return Err(Error::usage("--rename is for `category edit`")
                    .with_hint("the new category's slug is the first argument"));
            }
            let input = CategoryInput { slug: Some(args.slug.clone()), ..input(args) };
            let added = ctx.write(|tx, _| domain::add(tx, &input))?;
            ctx.out.done(&format!("Added the category {}.", added.slug), std::slice::from_ref(&added.slug), &added)
        }
        CategoryCommand::Edit(args) => {
            ctx.admin()?;
            let key = args.slug.clone();
            let input = input(args);
            if input.is_empty() {
                return Err(Error::usage("nothing to change")
                    .with_hint("give the fields to change, e.g. --name-en \"Office chairs\" (see --help)"));
            }
            let edited = ctx.write(|tx, _| domain::edit(tx, &key, &input))?;
            ctx.out.done(&format!("Updated the category {}.", edited.slug), std::slice::from_ref(&edited.slug), &edited)
        }
    }
}

fn input(args: CategoryArgs) -> CategoryInput {
    CategoryInput {
        slug: args.rename,
        parent: args.parent,
        name_en: args.name_en,
        name_zh: args.name_zh,
        kg_co2e: args.kg_co2e,
        kg_waste: args.kg_waste,
        source: args.source,
    }
}
